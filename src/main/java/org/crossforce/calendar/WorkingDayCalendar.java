package org.crossforce.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.crossforce.calendar.UkBankHolidays.UkHoliday;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Working days and deadlines under a {@link WorkingDayRule}. A period of working days starts the day after its first
 * date: the day a request arrives never counts, and a request that arrives at a weekend has the Monday as day 1 (or
 * the next working day, if that Monday is a holiday).
 */
@Service
public class WorkingDayCalendar {

	/** The shortest deadline worth asking for. */
	public static final int MIN_WORKING_DAYS = 1;

	/** Four years of working days: longer than any statutory period Crossforce tracks. */
	public static final int MAX_WORKING_DAYS = 1000;

	public static final LocalDate FIRST_DAY = LocalDate.of(UkBankHolidays.FIRST_YEAR, 1, 1);

	public static final LocalDate LAST_DAY = LocalDate.of(UkBankHolidays.LAST_YEAR, 12, 31);

	private final UkBankHolidays holidays = new UkBankHolidays();

	private final DeadlineWording wording;

	WorkingDayCalendar(MessageSource messages) {
		this.wording = new DeadlineWording(messages);
	}

	public boolean isWorkingDay(LocalDate date, WorkingDayRule rule) {
		requireCovered("date", date);
		return isWorkingDay(date, holidaysOn(date, rule));
	}

	/**
	 * The {@code workingDays}-th working day after {@code from}, and the holidays passed over on the way.
	 * @throws CalendarArgumentException if {@code workingDays} is not between {@value #MIN_WORKING_DAYS} and
	 * {@value #MAX_WORKING_DAYS}, or a date falls outside {@link #FIRST_DAY} to {@link #LAST_DAY}
	 */
	public Deadline due(LocalDate from, int workingDays, WorkingDayRule rule) {
		requireCovered("from", from);
		Objects.requireNonNull(rule, "rule");
		if (workingDays < MIN_WORKING_DAYS || workingDays > MAX_WORKING_DAYS) {
			throw new CalendarArgumentException("workingDays", "calendar.error.workingDays", MIN_WORKING_DAYS,
					MAX_WORKING_DAYS);
		}
		List<UkHoliday> skipped = new ArrayList<>();
		LocalDate day = from;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (day.isAfter(LAST_DAY)) {
				throw new CalendarArgumentException("workingDays", "calendar.error.pastLastDay", LAST_DAY.getYear());
			}
			List<UkHoliday> off = holidaysOn(day, rule);
			if (isWorkingDay(day, off)) {
				counted++;
			}
			else if (!isWeekend(day)) {
				skipped.addAll(off);
			}
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<Holiday> named = wording.holidays(skipped, locale);
		return new Deadline(from, workingDays, rule, day, named,
				wording.explanation(from, workingDays, rule, named, locale));
	}

	/**
	 * Working days after {@code from} up to and including {@code to}: 0 for the same day, and negative when {@code to}
	 * comes first, so that {@code workingDaysBetween(d.from(), d.due(), rule) == d.workingDays()} for any deadline and
	 * a deadline passed a week ago is 5 working days overdue.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to, WorkingDayRule rule) {
		requireCovered("from", from);
		requireCovered("to", to);
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from, rule);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day, holidaysOn(day, rule))) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The weekdays after {@code from} up to and including {@code to} that are not working days under the rule, each
	 * with its name and the parts of the UK where it is a holiday.
	 */
	public List<Holiday> holidaysBetween(LocalDate from, LocalDate to, WorkingDayRule rule) {
		requireCovered("from", from);
		requireCovered("to", to);
		if (to.isBefore(from)) {
			throw new CalendarArgumentException("to", "calendar.error.toBeforeFrom");
		}
		List<UkHoliday> found = new ArrayList<>();
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (!isWeekend(day)) {
				found.addAll(holidaysOn(day, rule));
			}
		}
		return wording.holidays(found, LocaleContextHolder.getLocale());
	}

	/** Holidays on the day in the parts of the UK that the rule counts. */
	private List<UkHoliday> holidaysOn(LocalDate day, WorkingDayRule rule) {
		Objects.requireNonNull(rule, "rule");
		return holidays.on(day)
			.stream()
			.filter(holiday -> !Collections.disjoint(holiday.jurisdictions(), rule.jurisdictions()))
			.toList();
	}

	private static boolean isWorkingDay(LocalDate day, List<UkHoliday> holidaysThatCount) {
		return !isWeekend(day) && holidaysThatCount.isEmpty();
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static void requireCovered(String argument, LocalDate date) {
		Objects.requireNonNull(date, argument);
		if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
			throw new CalendarArgumentException(argument, "calendar.error.outsideCalendar", FIRST_DAY.getYear(),
					LAST_DAY.getYear());
		}
	}

}
