package org.crossforce.foi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crossforce.calendar.WorkingDayCalendar;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.foi.FoiState.AWAITING_CLARIFICATION;
import static org.crossforce.foi.FoiState.AWAITING_RESPONSE;
import static org.crossforce.foi.FoiState.CLARIFICATION_SENT;
import static org.crossforce.foi.FoiState.EXTENDED_PUBLIC_INTEREST;
import static org.crossforce.foi.FoiState.ICO_COMPLAINT_MADE;
import static org.crossforce.foi.FoiState.INTERNAL_REVIEW_ANSWERED;
import static org.crossforce.foi.FoiState.INTERNAL_REVIEW_REQUESTED;
import static org.crossforce.foi.FoiState.NOT_SENT;
import static org.crossforce.foi.FoiState.REFUSED;
import static org.crossforce.foi.FoiState.SUCCESSFUL;
import static org.crossforce.foi.FoiState.WITHDRAWN;

/**
 * Every expected date here was counted by hand on a printed calendar against GOV.UK's lists of bank holidays for
 * England and Wales, Scotland and Northern Ireland; the comment by each counts the days, so that a failure can be
 * checked the same way. Under the FOI rule a bank holiday in any part of the UK is not a working day.
 */
class FoiClockTest {

	private final FoiClock clock = new FoiClock(calendar(), messages());

	static ResourceBundleMessageSource messages() {
		// As Spring Boot configures it (application.properties): messages.properties, UTF-8, no system locale.
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** The calendar's constructor is the calendar module's own; build it the way Spring does. */
	static WorkingDayCalendar calendar() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("messageSource", messages());
		return beans.createBean(WorkingDayCalendar.class);
	}

	static FoiClock clock() {
		return new FoiClock(calendar(), messages());
	}

	// --- Deadlines around each kind of UK bank holiday ---

	@Test
	void theIssuesExample14March2024() {
		// Thursday 14 March 2024: Fri 15 is day 1; Mon 18 (St Patrick's Day moved from Sunday 17, Northern Ireland)
		// does not count; Tue 19 to Thu 28 are days 2-9; Good Friday 29 March and Easter Monday 1 April do not count;
		// Tue 2 to Fri 5 April are 10-13, Mon 8 to Fri 12 are 14-18, Mon 15 is 19 and Tue 16 April is day 20.
		ClockReading reading = received(LocalDate.of(2024, 3, 14));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2024, 4, 16));
		assertThat(reading.explanation()).isEqualTo("20 working days after 14 March 2024, not counting 18 March "
				+ "(St Patrick's Day, Northern Ireland), 29 March (Good Friday), 1 April (Easter Monday, England, Wales "
				+ "and Northern Ireland)");
	}

	@Test
	void christmasBoxingDayNewYearAndTheSecondOfJanuaryOnTheirSubstituteDays() {
		// Friday 17 December 2021. Christmas (Sat 25) moved to Mon 27, Boxing Day (Sun 26) to Tue 28; New Year's Day
		// 2022 (Sat 1) to Mon 3 January everywhere and 2 January (Sun) to Tue 4 January in Scotland.
		// Mon 20 to Fri 24 December are days 1-5; 27 and 28 do not count; Wed 29 to Fri 31 are 6-8; 3 and 4 January do
		// not count; Wed 5 to Fri 7 are 9-11, Mon 10 to Fri 14 are 12-16, Mon 17 to Thu 20 January are 17-20.
		ClockReading reading = received(LocalDate.of(2021, 12, 17));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2022, 1, 20));
		assertThat(reading.explanation()).contains("27 December (", "28 December (", "3 January 2022 (New Year's Day",
				"4 January 2022 (2 January holiday, Scotland)");
	}

	@Test
	void christmasOnASundayIn2022AndNewYearOnASunday() {
		// Thursday 22 December 2022. Boxing Day Mon 26; Christmas (Sun 25) moved to Tue 27; New Year's Day 2023 (Sun)
		// moved to Mon 2 January everywhere and 2 January to Tue 3 January in Scotland.
		// Fri 23 is day 1; 26 and 27 do not count; Wed 28 to Fri 30 are 2-4; 2 and 3 January do not count; Wed 4 to
		// Fri 6 are 5-7, Mon 9 to Fri 13 are 8-12, Mon 16 to Fri 20 are 13-17, Mon 23 to Wed 25 January are 18-20.
		ClockReading reading = received(LocalDate.of(2022, 12, 22));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2023, 1, 25));
		assertThat(reading.explanation()).contains("26 December (Boxing Day", "27 December (Christmas Day",
				"2 January 2023 (New Year's Day", "3 January 2023 (2 January holiday, Scotland)");
	}

	@Test
	void christmasAndNewYearOnWeekdays() {
		// Friday 22 December 2023. Mon 25 and Tue 26 do not count; Wed 27 to Fri 29 are days 1-3; Mon 1 January 2024
		// (New Year's Day) and Tue 2 January (Scotland) do not count; Wed 3 to Fri 5 are 4-6, Mon 8 to Fri 12 are
		// 7-11, Mon 15 to Fri 19 are 12-16, Mon 22 to Thu 25 January are 17-20.
		ClockReading reading = received(LocalDate.of(2023, 12, 22));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2024, 1, 25));
		assertThat(reading.explanation()).contains("25 December (Christmas Day)", "26 December (Boxing Day)",
				"1 January 2024 (New Year's Day)", "2 January 2024 (2 January holiday, Scotland)");
	}

	@Test
	void stPatricksDayOnAWeekday() {
		// Monday 2 March 2026. Tue 3 to Fri 6 are days 1-4, Mon 9 to Fri 13 are 5-9, Mon 16 is 10; Tue 17 March (St
		// Patrick's Day, Northern Ireland) does not count; Wed 18 to Fri 20 are 11-13, Mon 23 to Fri 27 are 14-18, Mon
		// 30 is 19 and Tue 31 March is day 20 (Good Friday is 3 April, later).
		ClockReading reading = received(LocalDate.of(2026, 3, 2));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(reading.explanation()).isEqualTo(
				"20 working days after 2 March 2026, not counting 17 March (St Patrick's Day, Northern Ireland)");
	}

	@Test
	void goodFridayEasterMondayAndEarlyMay() {
		// Tuesday 8 April 2025. Wed 9 to Fri 11 are days 1-3, Mon 14 to Thu 17 are 4-7; Good Friday 18 and Easter
		// Monday 21 April (not a holiday in Scotland, still not an FOI working day) do not count; Tue 22 to Fri 25 are
		// 8-11, Mon 28 to Fri 2 May are 12-16; Mon 5 May (Early May) does not count; Tue 6 to Fri 9 May are 17-20.
		ClockReading reading = received(LocalDate.of(2025, 4, 8));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2025, 5, 9));
		assertThat(reading.explanation()).isEqualTo("20 working days after 8 April 2025, not counting 18 April "
				+ "(Good Friday), 21 April (Easter Monday, England, Wales and Northern Ireland), 5 May (Early May bank "
				+ "holiday)");
	}

	@Test
	void springBankHoliday() {
		// Friday 17 May 2024. Mon 20 to Fri 24 are days 1-5; Mon 27 May (Spring bank holiday) does not count; Tue 28
		// to Fri 31 are 6-9, Mon 3 to Fri 7 June are 10-14, Mon 10 to Fri 14 are 15-19, Mon 17 June is day 20.
		ClockReading reading = received(LocalDate.of(2024, 5, 17));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2024, 6, 17));
		assertThat(reading.explanation()).isEqualTo(
				"20 working days after 17 May 2024, not counting 27 May (Spring bank holiday)");
	}

	@Test
	void theSpringBankHolidayMovedForThePlatinumJubilee() {
		// Friday 20 May 2022. Mon 23 to Fri 27 are days 1-5, Mon 30 to Wed 1 June are 6-8; Thu 2 June (Spring bank
		// holiday, moved from Mon 30 May) and Fri 3 June (Platinum Jubilee) do not count; Mon 6 to Fri 10 are 9-13,
		// Mon 13 to Fri 17 are 14-18, Mon 20 is 19 and Tue 21 June is day 20.
		ClockReading reading = received(LocalDate.of(2022, 5, 20));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2022, 6, 21));
		assertThat(reading.explanation()).isEqualTo("20 working days after 20 May 2022, not counting 2 June "
				+ "(Spring bank holiday), 3 June (Platinum Jubilee bank holiday)");
	}

	@Test
	void summerBankHolidaysOfScotlandAndOfTheRestOfTheUk() {
		// Wednesday 31 July 2024. Thu 1 and Fri 2 August are days 1-2; Mon 5 August (Scotland's summer bank holiday)
		// does not count; Tue 6 to Fri 9 are 3-6, Mon 12 to Fri 16 are 7-11, Mon 19 to Fri 23 are 12-16; Mon 26 August
		// (the summer bank holiday elsewhere) does not count; Tue 27 to Fri 30 August are 17-20.
		ClockReading reading = received(LocalDate.of(2024, 7, 31));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2024, 8, 30));
		assertThat(reading.explanation()).isEqualTo("20 working days after 31 July 2024, not counting 5 August "
				+ "(Summer bank holiday, Scotland), 26 August (Summer bank holiday, England, Wales and Northern Ireland)");
	}

	@Test
	void battleOfTheBoyneOnAWeekday() {
		// Monday 8 July 2024. Tue 9 to Thu 11 are days 1-3; Fri 12 July (Northern Ireland) does not count; Mon 15 to
		// Fri 19 are 4-8, Mon 22 to Fri 26 are 9-13, Mon 29 to Fri 2 August are 14-18; Mon 5 August (Scotland) does
		// not count; Tue 6 is 19 and Wed 7 August is day 20.
		ClockReading reading = received(LocalDate.of(2024, 7, 8));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2024, 8, 7));
		assertThat(reading.explanation()).contains("12 July (Battle of the Boyne, Northern Ireland)",
				"5 August (Summer bank holiday, Scotland)");
	}

	@Test
	void battleOfTheBoyneOnASaturdayMovesToMonday() {
		// Friday 4 July 2025. Mon 7 to Fri 11 are days 1-5; Mon 14 July (12 July was a Saturday, Northern Ireland)
		// does not count; Tue 15 to Fri 18 are 6-9, Mon 21 to Fri 25 are 10-14, Mon 28 to Fri 1 August are 15-19; Mon
		// 4 August (Scotland's summer bank holiday) does not count; Tue 5 August is day 20.
		ClockReading reading = received(LocalDate.of(2025, 7, 4));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2025, 8, 5));
		assertThat(reading.explanation()).contains("14 July (Battle of the Boyne, Northern Ireland)",
				"4 August (Summer bank holiday, Scotland)");
	}

	@Test
	void stAndrewsDayOnASaturdayMovesToMonday() {
		// Friday 22 November 2024. Mon 25 to Fri 29 are days 1-5; Mon 2 December (St Andrew's Day, 30 November being
		// a Saturday, Scotland) does not count; Tue 3 to Fri 6 are 6-9, Mon 9 to Fri 13 are 10-14, Mon 16 to Fri 20
		// are 15-19 and Mon 23 December is day 20.
		ClockReading reading = received(LocalDate.of(2024, 11, 22));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2024, 12, 23));
		assertThat(reading.explanation()).isEqualTo(
				"20 working days after 22 November 2024, not counting 2 December (St Andrew's Day, Scotland)");
	}

	@Test
	void stAndrewsDayOnAWeekdayThenChristmas() {
		// Monday 27 November 2023. Tue 28 and Wed 29 are days 1-2; Thu 30 November (Scotland) does not count; Fri 1
		// December is 3, Mon 4 to Fri 8 are 4-8, Mon 11 to Fri 15 are 9-13, Mon 18 to Fri 22 are 14-18; Christmas Day
		// and Boxing Day do not count; Wed 27 is 19 and Thu 28 December is day 20.
		ClockReading reading = received(LocalDate.of(2023, 11, 27));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2023, 12, 28));
		assertThat(reading.explanation()).isEqualTo("20 working days after 27 November 2023, not counting "
				+ "30 November (St Andrew's Day, Scotland), 25 December (Christmas Day), 26 December (Boxing Day)");
	}

	@Test
	void theStateFuneralOfQueenElizabethII() {
		// Friday 9 September 2022. Mon 12 to Fri 16 are days 1-5; Mon 19 September (the State Funeral) does not
		// count; Tue 20 to Fri 23 are 6-9, Mon 26 to Fri 30 are 10-14, Mon 3 to Fri 7 October are 15-19, and Mon 10
		// October is day 20.
		ClockReading reading = received(LocalDate.of(2022, 9, 9));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2022, 10, 10));
		assertThat(reading.explanation()).isEqualTo("20 working days after 9 September 2022, not counting "
				+ "19 September (Bank Holiday for the State Funeral of Queen Elizabeth II)");
	}

	@Test
	void theCoronationBetweenEarlyMayAndTheSpringBankHoliday() {
		// Friday 28 April 2023. Mon 1 May (Early May) does not count; Tue 2 to Fri 5 are days 1-4; Mon 8 May (the
		// coronation) does not count; Tue 9 to Fri 12 are 5-8, Mon 15 to Fri 19 are 9-13, Mon 22 to Fri 26 are 14-18;
		// Mon 29 May (Spring bank holiday) does not count; Tue 30 is 19 and Wed 31 May is day 20.
		ClockReading reading = received(LocalDate.of(2023, 4, 28));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2023, 5, 31));
		assertThat(reading.explanation()).isEqualTo("20 working days after 28 April 2023, not counting 1 May (Early "
				+ "May bank holiday), 8 May (Bank holiday for the coronation of King Charles III), 29 May (Spring bank "
				+ "holiday)");
	}

	// --- Receipt on a day that is not a working day ---

	@Test
	void receivedOnASaturdayTheNextWorkingDayIsDayOne() {
		// Saturday 16 March 2024. Mon 18 is St Patrick's Day (moved from Sunday 17, Northern Ireland), so day 1 is Tue
		// 19; Tue 19 to Thu 28 are 1-8; 29 March and 1 April do not count; Tue 2 to Fri 5 April are 9-12, Mon 8 to Fri
		// 12 are 13-17, Mon 15 and Tue 16 are 18-19, and Wed 17 April is day 20.
		assertThat(received(LocalDate.of(2024, 3, 16)).dueDate()).isEqualTo(LocalDate.of(2024, 4, 17));
		// Saturday 8 June 2024: Mon 10 June is day 1; four clear weeks end on Fri 5 July.
		assertThat(received(LocalDate.of(2024, 6, 8)).dueDate()).isEqualTo(LocalDate.of(2024, 7, 5));
	}

	@Test
	void receivedOnABankHolidayTheNextWorkingDayIsDayOne() {
		// Good Friday 29 March 2024. Easter Monday 1 April does not count, so Tue 2 April is day 1; Tue 2 to Fri 5 are
		// 1-4, Mon 8 to Fri 12 are 5-9, Mon 15 to Fri 19 are 10-14, Mon 22 to Fri 26 are 15-19, Mon 29 April is 20.
		assertThat(received(LocalDate.of(2024, 3, 29)).dueDate()).isEqualTo(LocalDate.of(2024, 4, 29));
		// Christmas Day, Wednesday 25 December 2024. Boxing Day does not count; Fri 27 is day 1, Mon 30 and Tue 31 are
		// 2-3; Wed 1 January 2025 and Thu 2 January (Scotland) do not count; Fri 3 is 4, Mon 6 to Fri 10 are 5-9, Mon
		// 13 to Fri 17 are 10-14, Mon 20 to Fri 24 are 15-19 and Mon 27 January 2025 is day 20.
		assertThat(received(LocalDate.of(2024, 12, 25)).dueDate()).isEqualTo(LocalDate.of(2025, 1, 27));
	}

	// --- Clarification, extensions and internal review ---

	@Test
	void clarificationStopsTheClockAndItsReceiptStartsItAgain() {
		List<RequestStep> steps = new ArrayList<>(List.of(RequestStep.of(AWAITING_RESPONSE, LocalDate.of(2024, 6, 3)),
				RequestStep.of(AWAITING_CLARIFICATION, LocalDate.of(2024, 6, 10))));
		ClockReading stopped = clock.read(steps, LocalDate.of(2024, 8, 1));
		assertThat(stopped.state()).isEqualTo(AWAITING_CLARIFICATION);
		assertThat(stopped.dueDate()).isNull();
		assertThat(stopped.overdue()).isFalse();
		assertThat(stopped.explanation()).startsWith("The clock stopped on 10 June 2024");

		// The clarification reached the authority on Monday 17 June 2024. Tue 18 to Fri 21 are days 1-4, Mon 24 to
		// Fri 28 are 5-9, Mon 1 to Fri 5 July are 10-14, Mon 8 to Thu 11 are 15-18; Fri 12 July (Battle of the Boyne,
		// Northern Ireland) does not count; Mon 15 is 19 and Tue 16 July is day 20.
		steps.add(RequestStep.of(CLARIFICATION_SENT, LocalDate.of(2024, 6, 17)));
		ClockReading restarted = clock.read(steps, LocalDate.of(2024, 6, 20));
		assertThat(restarted.dueDate()).isEqualTo(LocalDate.of(2024, 7, 16));
		assertThat(restarted.explanation()).isEqualTo("Counted again from the clarification's receipt: 20 working "
				+ "days after 17 June 2024, not counting 12 July (Battle of the Boyne, Northern Ireland)");
	}

	@Test
	void aPublicInterestExtensionCountsOnFromTheOriginalDueDate() {
		// Received Monday 3 June 2024: Tue 4 to Fri 7 are days 1-4, then three clear weeks make 5-19, and Mon 1 July
		// is day 20. Ten more from Mon 1 July: Tue 2 to Thu 11 are 1-8 (Fri 12 July, Battle of the Boyne, does not
		// count), Mon 15 is 9 and Tue 16 July is 10.
		ClockReading reading = clock.read(List.of(RequestStep.of(AWAITING_RESPONSE, LocalDate.of(2024, 6, 3)),
				extension(LocalDate.of(2024, 6, 27), 10)), LocalDate.of(2024, 7, 2));
		assertThat(reading.state()).isEqualTo(EXTENDED_PUBLIC_INTEREST);
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2024, 7, 16));
		assertThat(reading.overdue()).isFalse();
		assertThat(reading.warnings()).isEmpty();
		assertThat(reading.explanation()).startsWith("20 working days after 3 June 2024; then, from 1 July 2024, "
				+ "extended for the public interest test by 10 working days after 1 July 2024, not counting 12 July");
	}

	@Test
	void twoExtensionsAddUp() {
		// 10 then 5 more working days from Mon 1 July 2024: day 10 is Tue 16 July (above); Wed 17 to Fri 19 are 11-13,
		// Mon 22 is 14 and Tue 23 July is 15. The second was announced on Fri 12 July, after the original deadline but
		// before the extended one, and the total is within 20: nothing to warn about.
		ClockReading reading = clock.read(List.of(RequestStep.of(AWAITING_RESPONSE, LocalDate.of(2024, 6, 3)),
				extension(LocalDate.of(2024, 6, 27), 10), extension(LocalDate.of(2024, 7, 12), 5)),
				LocalDate.of(2024, 7, 15));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2024, 7, 23));
		assertThat(reading.warnings()).isEmpty();
	}

	@Test
	void extensionsTotallingMoreThanTwentyWorkingDaysWarnOnce() {
		// 25 working days from Mon 1 July 2024: day 20 is Tue 30 July (see below), Wed 31 July to Fri 2 August are
		// 21-23; Mon 5 August (Scotland) does not count; Tue 6 is 24 and Wed 7 August is 25.
		ClockReading one = clock.read(List.of(RequestStep.of(AWAITING_RESPONSE, LocalDate.of(2024, 6, 3)),
				extension(LocalDate.of(2024, 6, 27), 25)), LocalDate.of(2024, 7, 2));
		assertThat(one.dueDate()).isEqualTo(LocalDate.of(2024, 8, 7));
		assertThat(one.warnings()).containsExactly("The extensions add 25 working days, more than the 20 the ICO "
				+ "considers reasonable in all but exceptional cases.");

		ClockReading three = clock.read(List.of(RequestStep.of(AWAITING_RESPONSE, LocalDate.of(2024, 6, 3)),
				extension(LocalDate.of(2024, 6, 27), 15), extension(LocalDate.of(2024, 7, 10), 10),
				extension(LocalDate.of(2024, 7, 24), 5)), LocalDate.of(2024, 7, 25));
		assertThat(three.warnings()).containsExactly("The extensions add 30 working days, more than the 20 the ICO "
				+ "considers reasonable in all but exceptional cases.");
	}

	@Test
	void anExtensionAnnouncedAfterTheDeadlineWarns() {
		// Due Mon 1 July 2024; the authority announced its extension on Wed 3 July.
		ClockReading reading = clock.read(List.of(RequestStep.of(AWAITING_RESPONSE, LocalDate.of(2024, 6, 3)),
				extension(LocalDate.of(2024, 7, 3), 10)), LocalDate.of(2024, 7, 4));
		assertThat(reading.dueDate()).isEqualTo(LocalDate.of(2024, 7, 16));
		assertThat(reading.warnings()).containsExactly("The extension was announced on 3 July 2024, after the "
				+ "deadline then in force (1 July 2024): an authority must say that it needs more time for the public "
				+ "interest test before its deadline passes (FOIA s.17(1) and (2)).");
	}

	@Test
	void anInternalReviewIsDueInTwentyWorkingDaysAndVeryOverdueAfterForty() {
		// Refused Mon 1 July 2024, review asked for on Mon 8 July. Tue 9 to Thu 11 are days 1-3; Fri 12 July does not
		// count; Mon 15 to Fri 19 are 4-8, Mon 22 to Fri 26 are 9-13, Mon 29 July to Fri 2 August are 14-18; Mon 5
		// August (Scotland) does not count; Tue 6 is 19 and Wed 7 August is day 20. Then Thu 8 and Fri 9 are 21-22,
		// Mon 12 to Fri 16 are 23-27, Mon 19 to Fri 23 are 28-32; Mon 26 August does not count; Tue 27 to Fri 30 are
		// 33-36 and Mon 2 to Thu 5 September are 37-40.
		List<RequestStep> steps = List.of(RequestStep.of(AWAITING_RESPONSE, LocalDate.of(2024, 6, 3)),
				new RequestStep(REFUSED, LocalDate.of(2024, 7, 1), null, Set.of(Exemption.S12)),
				RequestStep.of(INTERNAL_REVIEW_REQUESTED, LocalDate.of(2024, 7, 8)));
		ClockReading onTime = clock.read(steps, LocalDate.of(2024, 8, 7));
		assertThat(onTime.dueDate()).isEqualTo(LocalDate.of(2024, 8, 7));
		assertThat(onTime.veryOverdueAfter()).isEqualTo(LocalDate.of(2024, 9, 5));
		assertThat(onTime.overdue()).isFalse();
		assertThat(onTime.explanation()).startsWith("Internal review: 20 working days after 8 July 2024");

		ClockReading late = clock.read(steps, LocalDate.of(2024, 9, 5));
		assertThat(late.overdue()).isTrue();
		assertThat(late.veryOverdue()).isFalse();
		assertThat(late.workingDaysOverdue()).isEqualTo(20);
		assertThat(clock.read(steps, LocalDate.of(2024, 9, 6)).veryOverdue()).isTrue();
	}

	// --- Overdue and very overdue on fixed days ---

	@Test
	void overdueFromTheWorkingDayAfterTheDueDateAndVeryOverdueTwentyWorkingDaysLater() {
		// Received Mon 3 June 2024, due Mon 1 July. Twenty working days after that: Tue 2 to Thu 11 July are 1-8 (Fri
		// 12 does not count), Mon 15 to Fri 19 are 9-13, Mon 22 to Fri 26 are 14-18, Mon 29 is 19, Tue 30 July is 20.
		List<RequestStep> steps = List.of(RequestStep.of(AWAITING_RESPONSE, LocalDate.of(2024, 6, 3)));

		ClockReading dueDay = clock.read(steps, LocalDate.of(2024, 7, 1));
		assertThat(dueDay.dueDate()).isEqualTo(LocalDate.of(2024, 7, 1));
		assertThat(dueDay.veryOverdueAfter()).isEqualTo(LocalDate.of(2024, 7, 30));
		assertThat(dueDay.overdue()).isFalse();
		assertThat(dueDay.workingDaysOverdue()).isZero();
		assertThat(dueDay.explanation()).isEqualTo("20 working days after 3 June 2024");

		ClockReading nextDay = clock.read(steps, LocalDate.of(2024, 7, 2));
		assertThat(nextDay.overdue()).isTrue();
		assertThat(nextDay.veryOverdue()).isFalse();
		assertThat(nextDay.workingDaysOverdue()).isEqualTo(1);

		// Fri 12 July is not a working day: still 8 working days overdue, as on Thu 11.
		assertThat(clock.read(steps, LocalDate.of(2024, 7, 12)).workingDaysOverdue()).isEqualTo(8);

		ClockReading lastDayBeforeVery = clock.read(steps, LocalDate.of(2024, 7, 30));
		assertThat(lastDayBeforeVery.veryOverdue()).isFalse();
		assertThat(lastDayBeforeVery.workingDaysOverdue()).isEqualTo(20);

		ClockReading very = clock.read(steps, LocalDate.of(2024, 7, 31));
		assertThat(very.overdue()).isTrue();
		assertThat(very.veryOverdue()).isTrue();
		assertThat(very.workingDaysOverdue()).isEqualTo(21);
	}

	// --- Answers ---

	@Test
	void answeredOnTheDueDateIsOnTime() {
		ClockReading reading = clock.read(List.of(RequestStep.of(AWAITING_RESPONSE, LocalDate.of(2024, 6, 3)),
				RequestStep.of(SUCCESSFUL, LocalDate.of(2024, 7, 1))), LocalDate.of(2024, 7, 10));
		assertThat(reading.answer()).isEqualTo(
				new ClockReading.Answer(SUCCESSFUL, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 1), 20, true));
		assertThat(reading.dueDate()).isNull();
		assertThat(reading.overdue()).isFalse();
	}

	@Test
	void answeredLateCountsTheWorkingDaysTaken() {
		// Due Mon 1 July 2024; answered Wed 3 July, working days 21 (Tue 2) and 22 (Wed 3).
		ClockReading reading = clock.read(List.of(RequestStep.of(AWAITING_RESPONSE, LocalDate.of(2024, 6, 3)),
				new RequestStep(REFUSED, LocalDate.of(2024, 7, 3), null, Set.of(Exemption.S30, Exemption.S31))),
				LocalDate.of(2024, 7, 10));
		assertThat(reading.answer()).isEqualTo(
				new ClockReading.Answer(REFUSED, LocalDate.of(2024, 7, 3), LocalDate.of(2024, 7, 1), 22, false));
	}

	@Test
	void workingDaysTakenCountFromTheClarificationsReceipt() {
		// Clarification received Mon 17 June 2024, due Tue 16 July (counted above); answered that day: 20 working days.
		ClockReading reading = clock.read(List.of(RequestStep.of(AWAITING_RESPONSE, LocalDate.of(2024, 6, 3)),
				RequestStep.of(AWAITING_CLARIFICATION, LocalDate.of(2024, 6, 10)),
				RequestStep.of(CLARIFICATION_SENT, LocalDate.of(2024, 6, 17)),
				RequestStep.of(SUCCESSFUL, LocalDate.of(2024, 7, 16))), LocalDate.of(2024, 7, 17));
		assertThat(reading.answer()).isEqualTo(
				new ClockReading.Answer(SUCCESSFUL, LocalDate.of(2024, 7, 16), LocalDate.of(2024, 7, 16), 20, true));
	}

	@Test
	void anExtendedRequestAnsweredWithinItsExtensionIsOnTime() {
		// Extended by 10 to Tue 16 July 2024; answered Mon 15 July, 29 working days after receipt on Mon 3 June (20 to
		// Mon 1 July, Tue 2 to Thu 11 are 21-28, Fri 12 does not count, Mon 15 is 29).
		ClockReading reading = clock.read(List.of(RequestStep.of(AWAITING_RESPONSE, LocalDate.of(2024, 6, 3)),
				extension(LocalDate.of(2024, 6, 27), 10), RequestStep.of(SUCCESSFUL, LocalDate.of(2024, 7, 15))),
				LocalDate.of(2024, 7, 20));
		assertThat(reading.answer()).isEqualTo(
				new ClockReading.Answer(SUCCESSFUL, LocalDate.of(2024, 7, 15), LocalDate.of(2024, 7, 16), 29, true));
	}

	@Test
	void afterAnAnswerAskForAReviewWithinFortyWorkingDays() {
		// Answered Mon 1 July 2024. Day 20 is Tue 30 July (counted above); Wed 31 to Fri 2 August are 21-23; Mon 5
		// August (Scotland) does not count; Tue 6 to Fri 9 are 24-27, Mon 12 to Fri 16 are 28-32, Mon 19 to Fri 23 are
		// 33-37; Mon 26 August does not count; Tue 27 to Thu 29 August are 38-40.
		ClockReading reading = clock.read(List.of(RequestStep.of(AWAITING_RESPONSE, LocalDate.of(2024, 6, 3)),
				RequestStep.of(SUCCESSFUL, LocalDate.of(2024, 7, 1))), LocalDate.of(2024, 7, 10));
		assertThat(reading.actBy()).isEqualTo(LocalDate.of(2024, 8, 29));
		assertThat(reading.actByExplanation()).startsWith("Ask for an internal review by 29 August 2024");
		assertThat(reading.explanation()).isEqualTo("Answered on 1 July 2024.");
	}

	@Test
	void afterAReviewIsAnsweredComplainToTheIcoWithinThreeMonths() {
		ClockReading reading = clock.read(List.of(RequestStep.of(AWAITING_RESPONSE, LocalDate.of(2024, 6, 3)),
				new RequestStep(REFUSED, LocalDate.of(2024, 7, 1), null, Set.of(Exemption.S12)),
				RequestStep.of(INTERNAL_REVIEW_REQUESTED, LocalDate.of(2024, 7, 8)),
				RequestStep.of(INTERNAL_REVIEW_ANSWERED, LocalDate.of(2024, 9, 2))), LocalDate.of(2024, 9, 3));
		assertThat(reading.dueDate()).isNull();
		assertThat(reading.actBy()).isEqualTo(LocalDate.of(2024, 12, 2));
		assertThat(reading.actByExplanation()).startsWith("Complain to the Information Commissioner by 2 December 2024");
		assertThat(reading.answer().state()).isEqualTo(REFUSED);
	}

	// --- States that owe nothing ---

	@Test
	void notSentWithdrawnAwaitingClarificationAndIcoComplaintHaveNoDueDate() {
		LocalDate received = LocalDate.of(2024, 6, 3);
		LocalDate muchLater = LocalDate.of(2024, 12, 2);
		assertThat(clock.read(List.of(), muchLater)).satisfies(reading -> {
			assertThat(reading.state()).isEqualTo(NOT_SENT);
			assertThat(reading.dueDate()).isNull();
		});
		for (FoiState quiet : List.of(WITHDRAWN, AWAITING_CLARIFICATION, ICO_COMPLAINT_MADE)) {
			ClockReading reading = clock.read(
					List.of(RequestStep.of(AWAITING_RESPONSE, received), RequestStep.of(quiet, received.plusDays(30))),
					muchLater);
			assertThat(reading.state()).isEqualTo(quiet);
			assertThat(reading.dueDate()).as(quiet.name()).isNull();
			assertThat(reading.veryOverdueAfter()).as(quiet.name()).isNull();
			assertThat(reading.overdue()).as(quiet.name()).isFalse();
			assertThat(reading.veryOverdue()).as(quiet.name()).isFalse();
			assertThat(reading.explanation()).as(quiet.name()).isNotBlank();
		}
	}

	private ClockReading received(LocalDate receipt) {
		return clock.read(List.of(RequestStep.of(AWAITING_RESPONSE, receipt)), receipt);
	}

	private static RequestStep extension(LocalDate announced, int workingDays) {
		return new RequestStep(EXTENDED_PUBLIC_INTEREST, announced, workingDays, Set.of());
	}

}
