package org.crossforce.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.crossforce.calendar.UkBankHolidays.UkHoliday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.calendar.Jurisdiction.ENGLAND_AND_WALES;
import static org.crossforce.calendar.Jurisdiction.NORTHERN_IRELAND;
import static org.crossforce.calendar.Jurisdiction.SCOTLAND;

/** Checks on the holiday data itself: Jollyday's, and the corrections made to it. */
class UkBankHolidaysTest {

	private final UkBankHolidays holidays = new UkBankHolidays();

	/**
	 * The days the FOI and EW rules turn on, each in the parts of the UK where GOV.UK lists it
	 * (https://www.gov.uk/bank-holidays and its archived lists).
	 */
	@ParameterizedTest
	@CsvSource({
			"2024-01-02, 2ND_JANUARY, S", // Tuesday
			"2022-01-04, 2ND_JANUARY, S", // Sunday 2 January 2022 moved to Tuesday 4; Monday 3 was New Year's Day
			"2022-01-03, NEW_YEAR, EW S NI", // Saturday 1 January 2022 moved to Monday 3
			"2021-12-27, CHRISTMAS, EW S NI", // Saturday 25 December 2021 moved to Monday 27
			"2021-12-28, BOXING_DAY, EW S NI", // Sunday 26 December 2021 moved to Tuesday 28
			"2022-12-26, BOXING_DAY, EW S NI", // Monday
			"2022-12-27, CHRISTMAS, EW S NI", // Sunday 25 December 2022 moved to Tuesday 27
			"2024-03-18, ST_PATRICK, NI", // Sunday 17 March 2024 moved to Monday 18
			"2025-03-17, ST_PATRICK, NI", // Monday
			"2024-07-12, BATTLE_BOYNE, NI", // Friday
			"2025-07-14, BATTLE_BOYNE, NI", // Saturday 12 July 2025 moved to Monday 14
			"2024-08-05, SUMMER_BANK_HOLIDAY, S", // first Monday in August
			"2024-08-26, SUMMER_BANK_HOLIDAY, EW NI", // last Monday in August
			"2023-11-30, ST_ANDREW, S", // Thursday
			"2024-12-02, ST_ANDREW, S", // Saturday 30 November 2024 moved to Monday 2 December
			"2025-12-01, ST_ANDREW, S", // Sunday 30 November 2025 moved to Monday 1 December
			"2024-03-29, christian.GOOD_FRIDAY, EW S NI",
			"2024-04-01, christian.EASTER_MONDAY, EW NI", // not a bank holiday in Scotland
			"2022-06-02, SPRING_BANK_HOLIDAY, EW S NI", // moved from Monday 30 May for the Platinum Jubilee
			"2022-06-03, QUEENS_PLATINUM_JUBILEE, EW S NI",
			"2022-09-19, QUEENS_STATE_FUNERAL, EW S NI",
			"2023-05-08, KINGS_CORONATION, EW S NI",
			"2026-06-15, WORLD_CUP_BANK_HOLIDAY, S", // Royal Proclamation of 4 February 2026, Scotland only
			"1999-12-31, MILLENNIUM, EW S NI", // a correction
			"2002-06-03, QUEENS_GOLDEN_JUBILEE, EW S NI", // a correction
			"2002-06-04, SPRING_BANK_HOLIDAY, EW S NI" // a correction
	})
	void holdsEachHolidayInTheRightPartsOfTheUk(LocalDate date, String key, String where) {
		assertThat(holidays.on(date)).extracting(UkHoliday::key, UkHoliday::jurisdictions)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(key, jurisdictions(where)));
	}

	@ParameterizedTest
	@CsvSource({ "2022-05-30", "2002-05-27", "2024-03-17", "2024-11-30", "2023-05-15" })
	void hasNoHolidayOnOrdinaryDaysOrMovedFromDays(LocalDate date) {
		assertThat(holidays.on(date)).isEmpty();
	}

	/**
	 * When this fails, Jollyday has caught up with a {@link BankHolidayCorrections correction}: remove it there.
	 */
	@Test
	void jollydayStillNeedsEachCorrection() {
		for (UkHoliday added : BankHolidayCorrections.ADDED) {
			assertThat(holidays.fromJollyday(added.date().getYear())).extracting(UkHoliday::date)
				.as("Jollyday now has %s", added)
				.doesNotContain(added.date());
		}
		for (UkHoliday removed : BankHolidayCorrections.REMOVED) {
			assertThat(holidays.fromJollyday(removed.date().getYear())).extracting(UkHoliday::date)
				.as("Jollyday no longer has %s", removed)
				.contains(removed.date());
		}
	}

	@Test
	void jollydaysEnglandAndWalesAgreeInEveryYearCovered() {
		// UkBankHolidays asks Jollyday for England and takes it for Wales too: the 1971 Act treats them as one.
		HolidayManager jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
		for (int year = UkBankHolidays.FIRST_YEAR; year <= UkBankHolidays.LAST_YEAR; year++) {
			assertThat(jollyday.getHolidays(Year.of(year), "wls")).as("%d", year)
				.isEqualTo(jollyday.getHolidays(Year.of(year), "eng"));
		}
	}

	@Test
	void everyHolidayAndEveryMixOfRegionsHasANameInMessages() {
		var messages = WorkingDayCalendarTest.messages();
		Set<String> keys = IntStream.rangeClosed(UkBankHolidays.FIRST_YEAR, UkBankHolidays.LAST_YEAR)
			.mapToObj(year -> LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)))
			.flatMap(days -> days.flatMap(day -> holidays.on(day).stream()))
			.map(UkHoliday::key)
			.collect(Collectors.toSet());
		assertThat(keys).contains("NEW_YEAR", "ST_ANDREW", "MILLENNIUM");
		for (String key : keys) {
			assertThat(messages.getMessage("calendar.holiday." + key, null, null, Locale.UK)).as(key).isNotBlank();
		}
		var calendar = new WorkingDayCalendar(messages);
		assertThat(calendar.holidaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), WorkingDayRule.FOI))
			.extracting(Holiday::regions)
			.containsOnly("all of the UK", "Scotland", "Northern Ireland", "England, Wales and Northern Ireland");
		for (String mix : new String[] { "ENGLAND_AND_WALES", "SCOTLAND", "NORTHERN_IRELAND",
				"ENGLAND_AND_WALES.SCOTLAND", "ENGLAND_AND_WALES.NORTHERN_IRELAND", "SCOTLAND.NORTHERN_IRELAND",
				"all" }) {
			assertThat(messages.getMessage("calendar.regions." + mix, null, null, Locale.UK)).as(mix).isNotBlank();
		}
	}

	private static Set<Jurisdiction> jurisdictions(String where) {
		Set<Jurisdiction> set = EnumSet.noneOf(Jurisdiction.class);
		for (String part : where.split(" ")) {
			set.add(switch (part) {
				case "EW" -> ENGLAND_AND_WALES;
				case "S" -> SCOTLAND;
				case "NI" -> NORTHERN_IRELAND;
				default -> throw new IllegalArgumentException(part);
			});
		}
		return set;
	}

}
