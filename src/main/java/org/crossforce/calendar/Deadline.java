package org.crossforce.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The working day a deadline falls on, with the reasoning a person can check against a calendar.
 *
 * @param from the day the clock starts (receipt, say); it never counts as a working day itself
 * @param workingDays how many working days the deadline allows
 * @param rule which days count as working days
 * @param due the last day of the period: the {@code workingDays}-th working day after {@code from}
 * @param skipped the weekdays in the period that did not count, in date order (weekends are not listed)
 * @param explanation the same in plain English, such as "20 working days after 14 March 2024, not counting 18 March
 * (St Patrick's Day, Northern Ireland), 29 March (Good Friday), 1 April (Easter Monday, England, Wales and Northern
 * Ireland)"
 */
public record Deadline(LocalDate from, int workingDays, WorkingDayRule rule, LocalDate due, List<Holiday> skipped,
		String explanation) {

	public Deadline {
		skipped = List.copyOf(skipped);
	}

}
