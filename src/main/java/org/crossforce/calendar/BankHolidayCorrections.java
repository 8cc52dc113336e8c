package org.crossforce.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.crossforce.calendar.UkBankHolidays.UkHoliday;

/**
 * The one place where Crossforce overrides Jollyday's UK data: bank holidays from 1990 on that Jollyday 2.19 gets
 * wrong, each with its source. A test fails once Jollyday itself has a correction right, so that it can be removed.
 * <p>
 * Not corrected: Jollyday makes Monday 4 January 2010 and Tuesday 4 January 2011 bank holidays in Scotland, as
 * GOV.UK listed them at the time; a later enquiry to the Scottish Government found no Royal Proclamation for either
 * (https://dracos.co.uk/wrote/bad-bank-holidays). With the sources in conflict Jollyday's answer stands; under FOIA
 * it can only make a deadline in early 2010 or 2011 one day later.
 */
final class BankHolidayCorrections {

	private static final EnumSet<Jurisdiction> ALL_OF_THE_UK = EnumSet.allOf(Jurisdiction.class);

	/** Days Jollyday does not have. */
	static final List<UkHoliday> ADDED = List.of(
			// Millennium: Friday 31 December 1999, an extra bank holiday in every part of the UK appointed by Royal
			// Proclamation under the 1971 Act s.1(3) (https://en.wikipedia.org/wiki/Public_holidays_in_the_United_Kingdom).
			new UkHoliday(LocalDate.of(1999, 12, 31), "MILLENNIUM", ALL_OF_THE_UK),
			// Golden Jubilee: the Spring bank holiday moved from Monday 27 May to Tuesday 4 June 2002 and Monday 3 June
			// was added, in every part of the UK, by Royal Proclamation (same source). Jollyday keeps 27 May.
			new UkHoliday(LocalDate.of(2002, 6, 3), "QUEENS_GOLDEN_JUBILEE", ALL_OF_THE_UK),
			new UkHoliday(LocalDate.of(2002, 6, 4), "SPRING_BANK_HOLIDAY", ALL_OF_THE_UK));

	/** Days Jollyday has that were working days. */
	static final List<UkHoliday> REMOVED = List
		.of(new UkHoliday(LocalDate.of(2002, 5, 27), "SPRING_BANK_HOLIDAY", ALL_OF_THE_UK));

	private BankHolidayCorrections() {
	}

	static List<UkHoliday> apply(int year, List<UkHoliday> fromJollyday) {
		List<UkHoliday> holidays = new ArrayList<>(fromJollyday);
		holidays.removeIf(holiday -> REMOVED.stream().anyMatch(removed -> sameDay(removed, holiday)));
		ADDED.stream()
			.filter(added -> added.date().getYear() == year)
			.filter(added -> holidays.stream().noneMatch(holiday -> sameDay(added, holiday)))
			.forEach(holidays::add);
		return holidays;
	}

	private static boolean sameDay(UkHoliday a, UkHoliday b) {
		return a.date().equals(b.date()) && a.key().equals(b.key());
	}

}
