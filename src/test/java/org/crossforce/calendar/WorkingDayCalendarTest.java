package org.crossforce.calendar;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.crossforce.calendar.WorkingDayRule.EW;
import static org.crossforce.calendar.WorkingDayRule.FOI;

/**
 * Every date here was worked out by hand from a printed calendar and GOV.UK's list of bank holidays; the comment by
 * each says how, so that a failure can be checked the same way.
 */
class WorkingDayCalendarTest {

	private final WorkingDayCalendar calendar = new WorkingDayCalendar(messages());

	static ResourceBundleMessageSource messages() {
		// As Spring Boot configures it (application.properties): messages.properties, UTF-8, no system locale.
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void twentyWorkingDaysAfter14March2024() {
		// Thursday 14 March 2024. Under FOI: Fri 15 is day 1; Mon 18 (St Patrick's Day moved from Sunday 17, Northern
		// Ireland) does not count; Tue 19 to Thu 28 are days 2-9; Good Friday 29 March and Easter Monday 1 April do not
		// count; Tue 2 to Fri 5 April are 10-13, Mon 8 to Fri 12 are 14-18, Mon 15 is 19 and Tue 16 April is day 20.
		Deadline foi = calendar.due(LocalDate.of(2024, 3, 14), 20, FOI);
		assertThat(foi.due()).isEqualTo(LocalDate.of(2024, 4, 16));
		assertThat(foi.skipped()).extracting(Holiday::date, Holiday::name, Holiday::regions)
			.containsExactly(tuple(LocalDate.of(2024, 3, 18), "St Patrick's Day", "Northern Ireland"),
					tuple(LocalDate.of(2024, 3, 29), "Good Friday", "all of the UK"),
					tuple(LocalDate.of(2024, 4, 1), "Easter Monday", "England, Wales and Northern Ireland"));
		assertThat(foi.explanation()).isEqualTo("20 working days after 14 March 2024, not counting 18 March "
				+ "(St Patrick's Day, Northern Ireland), 29 March (Good Friday), 1 April (Easter Monday, England, Wales "
				+ "and Northern Ireland)");
		assertThat(foi.from()).isEqualTo(LocalDate.of(2024, 3, 14));
		assertThat(foi.workingDays()).isEqualTo(20);
		assertThat(foi.rule()).isEqualTo(FOI);

		// Under EW Mon 18 March counts, so every later day comes one sooner: day 20 is Monday 15 April.
		Deadline ew = calendar.due(LocalDate.of(2024, 3, 14), 20, EW);
		assertThat(ew.due()).isEqualTo(LocalDate.of(2024, 4, 15));
		assertThat(ew.explanation())
			.isEqualTo("20 working days after 14 March 2024, not counting 29 March (Good Friday), 1 April (Easter Monday)");
	}

	@Test
	void theStartDayNeverCountsAndASaturdayMakesMondayDayOne() {
		// Thursday 14 March 2024 is a working day, but day 1 is Friday 15.
		assertThat(calendar.due(LocalDate.of(2024, 3, 14), 1, EW).due()).isEqualTo(LocalDate.of(2024, 3, 15));
		// Received Saturday 8 June 2024: Monday 10 June is day 1. Twenty working days are the four weeks Mon 10 June
		// to Fri 5 July, with no holiday in any part of the UK (12 July is later).
		assertThat(calendar.due(LocalDate.of(2024, 6, 8), 1, FOI).due()).isEqualTo(LocalDate.of(2024, 6, 10));
		assertThat(calendar.due(LocalDate.of(2024, 6, 8), 20, FOI).due()).isEqualTo(LocalDate.of(2024, 7, 5));
		assertThat(calendar.due(LocalDate.of(2024, 6, 8), 20, EW).due()).isEqualTo(LocalDate.of(2024, 7, 5));
		// Received Saturday 16 March 2024: Monday 18 is St Patrick's Day (moved from Sunday 17) in Northern Ireland,
		// so under FOI day 1 is Tuesday 19; under EW it is the Monday.
		assertThat(calendar.due(LocalDate.of(2024, 3, 16), 1, FOI).due()).isEqualTo(LocalDate.of(2024, 3, 19));
		assertThat(calendar.due(LocalDate.of(2024, 3, 16), 1, EW).due()).isEqualTo(LocalDate.of(2024, 3, 18));
		// Sunday too: received Sunday 9 June 2024, day 1 is Monday 10 June.
		assertThat(calendar.due(LocalDate.of(2024, 6, 9), 1, EW).due()).isEqualTo(LocalDate.of(2024, 6, 10));
	}

	@Test
	void christmas2021AndNewYear2022AtTheWeekendMoveToSubstituteDays() {
		// Christmas Day 2021 was a Saturday and Boxing Day a Sunday: Mon 27 and Tue 28 December were the substitutes.
		// 1 January 2022 was a Saturday: Monday 3 January was the substitute everywhere. In Scotland 2 January was a
		// Sunday, so Tuesday 4 January was a bank holiday there too.
		LocalDate christmasEve = LocalDate.of(2021, 12, 24); // a Friday
		// Sat 25, Sun 26, Mon 27 and Tue 28 all pass; Wednesday 29 December is day 1.
		assertThat(calendar.due(christmasEve, 1, EW).due()).isEqualTo(LocalDate.of(2021, 12, 29));
		// Wed 29, Thu 30, Fri 31 are days 1-3; Sat 1, Sun 2, Mon 3 pass; Tuesday 4 January is day 4 under EW...
		assertThat(calendar.due(christmasEve, 4, EW).due()).isEqualTo(LocalDate.of(2022, 1, 4));
		// ...but a Scottish bank holiday under FOI, so day 4 is Wednesday 5 January.
		Deadline foi = calendar.due(christmasEve, 4, FOI);
		assertThat(foi.due()).isEqualTo(LocalDate.of(2022, 1, 5));
		assertThat(foi.explanation()).isEqualTo("4 working days after 24 December 2021, not counting 27 December "
				+ "(Christmas Day), 28 December (Boxing Day), 3 January 2022 (New Year's Day), 4 January 2022 "
				+ "(2 January holiday, Scotland)");
		assertThat(calendar.isWorkingDay(LocalDate.of(2022, 1, 4), FOI)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2022, 1, 4), EW)).isTrue();
	}

	@Test
	void christmas2022OnASundayMovesToTuesday() {
		// Christmas Day 2022 was a Sunday: Boxing Day kept Monday 26 and Christmas moved to Tuesday 27 December.
		assertThat(calendar.isWorkingDay(LocalDate.of(2022, 12, 26), EW)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2022, 12, 27), EW)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2022, 12, 27), FOI)).isFalse();
		// From Friday 23 December, day 1 is Wednesday 28 December under either rule.
		assertThat(calendar.due(LocalDate.of(2022, 12, 23), 1, EW).due()).isEqualTo(LocalDate.of(2022, 12, 28));
		assertThat(calendar.due(LocalDate.of(2022, 12, 23), 1, FOI).due()).isEqualTo(LocalDate.of(2022, 12, 28));
		// 1 January 2023 was a Sunday: Monday 2 January was New Year's Day everywhere; Scotland's 2 January (that
		// Monday) moved to Tuesday 3. From Friday 30 December: EW day 1 is Tue 3, FOI day 1 is Wed 4 January.
		assertThat(calendar.due(LocalDate.of(2022, 12, 30), 1, EW).due()).isEqualTo(LocalDate.of(2023, 1, 3));
		assertThat(calendar.due(LocalDate.of(2022, 12, 30), 1, FOI).due()).isEqualTo(LocalDate.of(2023, 1, 4));
	}

	@Test
	void scotlands2JanuaryCountsUnderFoiButNotEw() {
		// Tuesday 2 January 2024 is a bank holiday in Scotland only. From Friday 29 December 2023 (Mon 1 January a
		// holiday everywhere): EW days 1 and 2 are Tue 2 and Wed 3; FOI days 1 and 2 are Wed 3 and Thu 4.
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 1, 2), FOI)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 1, 2), EW)).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 1, 1), EW)).isFalse();
		assertThat(calendar.due(LocalDate.of(2023, 12, 29), 2, EW).due()).isEqualTo(LocalDate.of(2024, 1, 3));
		assertThat(calendar.due(LocalDate.of(2023, 12, 29), 2, FOI).due()).isEqualTo(LocalDate.of(2024, 1, 4));
	}

	@Test
	void northernIrelandsStPatricksDayAndTwelfthOfJulyCountUnderFoiButNotEw() {
		// Monday 17 March 2025: St Patrick's Day on the day itself.
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 17), FOI)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 17), EW)).isTrue();
		// Friday 12 July 2024, Battle of the Boyne. From Thursday 11 July, FOI day 1 is Monday 15, EW day 1 Friday 12.
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 7, 12), FOI)).isFalse();
		assertThat(calendar.due(LocalDate.of(2024, 7, 11), 1, FOI).due()).isEqualTo(LocalDate.of(2024, 7, 15));
		assertThat(calendar.due(LocalDate.of(2024, 7, 11), 1, EW).due()).isEqualTo(LocalDate.of(2024, 7, 12));
		// 12 July 2025 was a Saturday, so Monday 14 July was the holiday. From Friday 11 July, FOI day 1 is Tuesday 15.
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 7, 14), FOI)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 7, 14), EW)).isTrue();
		assertThat(calendar.due(LocalDate.of(2025, 7, 11), 1, FOI).due()).isEqualTo(LocalDate.of(2025, 7, 15));
		assertThat(calendar.holidaysBetween(LocalDate.of(2025, 7, 11), LocalDate.of(2025, 7, 15), FOI))
			.extracting(Holiday::date, Holiday::name, Holiday::regions)
			.containsExactly(tuple(LocalDate.of(2025, 7, 14), "Battle of the Boyne", "Northern Ireland"));
	}

	@Test
	void scotlandsAugustBankHolidayAndStAndrewsDay() {
		// Scotland's summer bank holiday is the first Monday in August: 5 August 2024. England and Wales's is the last
		// Monday, 26 August 2024, also kept in Northern Ireland.
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 8, 5), FOI)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 8, 5), EW)).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 8, 26), EW)).isFalse();
		assertThat(calendar.holidaysBetween(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 31), FOI))
			.extracting(Holiday::date, Holiday::name, Holiday::regions)
			.containsExactly(tuple(LocalDate.of(2024, 8, 5), "Summer bank holiday", "Scotland"),
					tuple(LocalDate.of(2024, 8, 26), "Summer bank holiday", "England, Wales and Northern Ireland"));
		// St Andrew's Day on the day itself: Thursday 30 November 2023.
		assertThat(calendar.isWorkingDay(LocalDate.of(2023, 11, 30), FOI)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2023, 11, 30), EW)).isTrue();
		// 30 November 2024 was a Saturday: Monday 2 December was the holiday. From Friday 29 November, FOI day 1 is
		// Tuesday 3 December and EW day 1 the Monday.
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 2), FOI)).isFalse();
		assertThat(calendar.due(LocalDate.of(2024, 11, 29), 1, FOI).due()).isEqualTo(LocalDate.of(2024, 12, 3));
		assertThat(calendar.due(LocalDate.of(2024, 11, 29), 1, EW).due()).isEqualTo(LocalDate.of(2024, 12, 2));
		// 30 November 2025 is a Sunday: Monday 1 December is the holiday.
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 1), FOI)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 1), EW)).isTrue();
	}

	@Test
	void oneOffBankHolidaysOf2022And2023() {
		// Platinum Jubilee: the Spring bank holiday moved from Monday 30 May to Thursday 2 June 2022, and Friday 3 June
		// was added, everywhere. From Wednesday 1 June, day 1 is Monday 6 June.
		assertThat(calendar.isWorkingDay(LocalDate.of(2022, 5, 30), EW)).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2022, 6, 2), EW)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2022, 6, 3), FOI)).isFalse();
		Deadline jubilee = calendar.due(LocalDate.of(2022, 6, 1), 1, EW);
		assertThat(jubilee.due()).isEqualTo(LocalDate.of(2022, 6, 6));
		assertThat(jubilee.skipped()).extracting(Holiday::date, Holiday::regions)
			.containsExactly(tuple(LocalDate.of(2022, 6, 2), "all of the UK"),
					tuple(LocalDate.of(2022, 6, 3), "all of the UK"));
		// State Funeral of Queen Elizabeth II, Monday 19 September 2022. From Friday 16, day 1 is Tuesday 20.
		assertThat(calendar.due(LocalDate.of(2022, 9, 16), 1, EW).due()).isEqualTo(LocalDate.of(2022, 9, 20));
		assertThat(calendar.due(LocalDate.of(2022, 9, 16), 1, FOI).due()).isEqualTo(LocalDate.of(2022, 9, 20));
		// Coronation of King Charles III, Monday 8 May 2023, a week after the early May bank holiday (Monday 1 May).
		// From Friday 28 April to Friday 12 May: Tue 2 to Fri 5 and Tue 9 to Fri 12 are 8 working days.
		assertThat(calendar.due(LocalDate.of(2023, 5, 5), 1, FOI).due()).isEqualTo(LocalDate.of(2023, 5, 9));
		assertThat(calendar.workingDaysBetween(LocalDate.of(2023, 4, 28), LocalDate.of(2023, 5, 12), EW)).isEqualTo(8);
		assertThat(calendar.holidaysBetween(LocalDate.of(2023, 4, 28), LocalDate.of(2023, 5, 12), EW))
			.extracting(Holiday::date, Holiday::name)
			.containsExactly(tuple(LocalDate.of(2023, 5, 1), "Early May bank holiday"),
					tuple(LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III"));
	}

	@Test
	void goodFridayAndEasterMonday() {
		// Easter Sunday 2025 is 20 April: Good Friday 18 April is off everywhere; Easter Monday 21 April is off in
		// England, Wales and Northern Ireland but not Scotland, so under FOI it still does not count.
		for (WorkingDayRule rule : WorkingDayRule.values()) {
			assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 18), rule)).isFalse();
			assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 21), rule)).isFalse();
			// From Thursday 17 April, day 1 is Tuesday 22 April.
			assertThat(calendar.due(LocalDate.of(2025, 4, 17), 1, rule).due()).isEqualTo(LocalDate.of(2025, 4, 22));
		}
	}

	@Test
	void aYearOfHolidaysUnderEachRule() {
		// 2024's weekday holidays. England and Wales: 1 Jan, 29 Mar, 1 Apr, 6 May, 27 May, 26 Aug, 25 and 26 Dec (8).
		// FOI adds Scotland's 2 Jan, 5 Aug and 2 Dec and Northern Ireland's 18 Mar and 12 Jul (13).
		assertThat(calendar.holidaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31), EW))
			.extracting(Holiday::date)
			.containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1),
					LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 27), LocalDate.of(2024, 8, 26),
					LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26));
		assertThat(calendar.holidaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31), FOI))
			.extracting(Holiday::date)
			.containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 3, 18),
					LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 6),
					LocalDate.of(2024, 5, 27), LocalDate.of(2024, 7, 12), LocalDate.of(2024, 8, 5),
					LocalDate.of(2024, 8, 26), LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 25),
					LocalDate.of(2024, 12, 26));
		// 2024 has 366 days, 104 of them at weekends: 262 weekdays, less the holidays.
		assertThat(calendar.workingDaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31), EW))
			.isEqualTo(262 - 8);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31), FOI))
			.isEqualTo(262 - 13);
	}

	@Test
	void workingDaysBetweenCountsAfterTheFirstDateUpToAndIncludingTheSecond() {
		LocalDate received = LocalDate.of(2024, 3, 14);
		assertThat(calendar.workingDaysBetween(received, received, FOI)).isZero();
		assertThat(calendar.workingDaysBetween(received, LocalDate.of(2024, 4, 16), FOI)).isEqualTo(20);
		// Under EW Monday 18 March counts too.
		assertThat(calendar.workingDaysBetween(received, LocalDate.of(2024, 4, 16), EW)).isEqualTo(21);
		// Backwards is negative: answered on 14 March, due 16 April, it was 20 working days early.
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 4, 16), received, FOI)).isEqualTo(-20);
		// A weekend adds nothing: Friday 15 to Sunday 17 March.
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 17), EW)).isZero();
	}

	@Test
	void dueAndWorkingDaysBetweenAgreeOverManyStartDates() {
		for (LocalDate from = LocalDate.of(2021, 11, 1); from.isBefore(LocalDate.of(2023, 2, 1)); from = from
			.plusDays(3)) {
			for (WorkingDayRule rule : WorkingDayRule.values()) {
				Deadline deadline = calendar.due(from, 20, rule);
				assertThat(calendar.workingDaysBetween(from, deadline.due(), rule)).as("%s %s", from, rule)
					.isEqualTo(20);
				assertThat(calendar.isWorkingDay(deadline.due(), rule)).isTrue();
				assertThat(deadline.skipped()).extracting(Holiday::date)
					.isEqualTo(calendar.holidaysBetween(from, deadline.due(), rule)
						.stream()
						.map(Holiday::date)
						.toList());
			}
		}
	}

	@Test
	void explanationUsesTheSingularAndKeepsEnglishMonthsWhateverTheBrowserAsks() {
		LocaleContextHolder.setLocale(Locale.GERMANY);
		assertThat(calendar.due(LocalDate.of(2024, 3, 14), 1, EW).explanation())
			.isEqualTo("1 working day after 14 March 2024");
	}

	@Test
	void refusesCountsAndDatesItCannotAnswer() {
		LocalDate day = LocalDate.of(2024, 3, 14);
		assertThatThrownBy(() -> calendar.due(day, 0, FOI)).isInstanceOf(CalendarArgumentException.class)
			.extracting(e -> ((CalendarArgumentException) e).argument())
			.isEqualTo("workingDays");
		assertThatThrownBy(() -> calendar.due(day, 1001, FOI)).isInstanceOf(CalendarArgumentException.class);
		assertThat(calendar.due(day, 1000, FOI).due()).isAfter(LocalDate.of(2028, 1, 1));
		assertThatThrownBy(() -> calendar.due(LocalDate.of(1989, 12, 31), 1, FOI))
			.isInstanceOf(CalendarArgumentException.class)
			.extracting(e -> ((CalendarArgumentException) e).argument())
			.isEqualTo("from");
		// Monday 1 January 1990 is a holiday; under EW Tuesday 2 January is day 1 (it is a holiday in Scotland).
		assertThat(calendar.due(LocalDate.of(1990, 1, 1), 1, EW).due()).isEqualTo(LocalDate.of(1990, 1, 2));
		// 29 and 30 December 2100 are a Wednesday and Thursday: day 2 would be in 2101.
		assertThat(calendar.due(LocalDate.of(2100, 12, 29), 2, EW).due()).isEqualTo(LocalDate.of(2100, 12, 31));
		assertThatThrownBy(() -> calendar.due(LocalDate.of(2100, 12, 30), 2, EW))
			.isInstanceOf(CalendarArgumentException.class);
		assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2101, 1, 3), EW))
			.isInstanceOf(CalendarArgumentException.class);
		assertThatThrownBy(() -> calendar.workingDaysBetween(day, LocalDate.of(2101, 1, 3), EW))
			.isInstanceOf(CalendarArgumentException.class)
			.extracting(e -> ((CalendarArgumentException) e).argument())
			.isEqualTo("to");
		assertThatThrownBy(() -> calendar.holidaysBetween(day, day.minusDays(1), EW))
			.isInstanceOf(CalendarArgumentException.class);
	}

	@Test
	void refusalsExplainThemselvesInWords() {
		var messages = messages();
		var tooMany = org.junit.jupiter.api.Assertions.assertThrows(CalendarArgumentException.class,
				() -> calendar.due(LocalDate.of(2024, 3, 14), 1001, FOI));
		assertThat(messages.getMessage(tooMany, Locale.UK)).isEqualTo("must be a whole number from 1 to 1000");
		var tooEarly = org.junit.jupiter.api.Assertions.assertThrows(CalendarArgumentException.class,
				() -> calendar.due(LocalDate.of(1989, 12, 31), 1, FOI));
		assertThat(messages.getMessage(tooEarly, Locale.UK))
			.isEqualTo("must be a date in the years 1990 to 2100, which the calendar covers");
	}

}
