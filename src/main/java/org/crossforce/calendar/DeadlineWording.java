package org.crossforce.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.crossforce.calendar.UkBankHolidays.UkHoliday;

import de.focus_shift.jollyday.core.HolidayType;

import org.springframework.context.MessageSource;

/**
 * Names holidays and explains deadlines in words from {@code messages.properties} (keys {@code calendar.*}).
 */
final class DeadlineWording {

	private final MessageSource messages;

	DeadlineWording(MessageSource messages) {
		this.messages = messages;
	}

	List<Holiday> holidays(List<UkHoliday> holidays, Locale locale) {
		return holidays.stream()
			.map(holiday -> new Holiday(holiday.date(), name(holiday, locale), holiday.jurisdictions(),
					regions(holiday.jurisdictions(), locale)))
			.toList();
	}

	/**
	 * "20 working days after 14 March 2024, not counting 18 March (St Patrick's Day, Northern Ireland), ...". Where a
	 * holiday is kept in every part of the UK that the rule looks at, naming the parts would add nothing.
	 */
	String explanation(LocalDate from, int workingDays, WorkingDayRule rule, List<Holiday> skipped, Locale locale) {
		String period = text(locale, "calendar.explanation.period", workingDays, date(from, true, locale));
		return skipped.stream()
			.map(holiday -> holiday.jurisdictions().containsAll(rule.jurisdictions())
					? text(locale, "calendar.explanation.holiday", skippedDate(holiday, from, locale), holiday.name())
					: text(locale, "calendar.explanation.holidayIn", skippedDate(holiday, from, locale), holiday.name(),
							holiday.regions()))
			.reduce((list, next) -> text(locale, "calendar.explanation.list", list, next))
			.map(list -> text(locale, "calendar.explanation.notCounting", period, list))
			.orElse(period);
	}

	/** Our name for the holiday, or Jollyday's if we have none (a holiday added in a newer Jollyday, say). */
	private String name(UkHoliday holiday, Locale locale) {
		String ours = messages.getMessage("calendar.holiday." + holiday.key(), null, null, locale);
		return ours != null ? ours
				: new de.focus_shift.jollyday.core.Holiday(holiday.date(), holiday.key(), HolidayType.PUBLIC_HOLIDAY)
					.getDescription(language(locale));
	}

	private String regions(Set<Jurisdiction> jurisdictions, Locale locale) {
		String key = jurisdictions.size() == Jurisdiction.values().length ? "all"
				: jurisdictions.stream().map(Enum::name).collect(Collectors.joining("."));
		return messages.getMessage("calendar.regions." + key, null, locale);
	}

	/** The year is left out while it is the year the period started. */
	private String skippedDate(Holiday holiday, LocalDate from, Locale locale) {
		return date(holiday.date(), holiday.date().getYear() != from.getYear(), locale);
	}

	private String date(LocalDate date, boolean withYear, Locale locale) {
		String pattern = messages.getMessage(withYear ? "calendar.date.dayMonthYear" : "calendar.date.dayMonth", null,
				locale);
		return DateTimeFormatter.ofPattern(pattern, language(locale)).format(date);
	}

	/**
	 * The language of the copy itself, so that month names match the sentence around them whatever language a browser
	 * asks for.
	 */
	private Locale language(Locale locale) {
		return Locale.forLanguageTag(messages.getMessage("calendar.language", null, locale));
	}

	private String text(Locale locale, String code, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
