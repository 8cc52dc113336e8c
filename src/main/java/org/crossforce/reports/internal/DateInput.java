package org.crossforce.reports.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crossforce.web.DateRangeFields;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * A GOV.UK date input: three text fields for day, month and year, checked the way the GOV.UK Design System's dates
 * pattern asks, with its error messages: what is missing, whether it is a real date, a four-digit year, and not in
 * the future. Fields are named with a prefix, such as {@code fromDay}, {@code fromMonth}, {@code fromYear}.
 */
final class DateInput {

	private static final List<String> PARTS = List.of("Day", "Month", "Year");

	/** Nothing reported here can be older; an earlier year is a slip of the keyboard, such as 0225 for 2025. */
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private DateInput() {
	}

	/** The date the three fields make, or null when any is blank or they make no date. */
	static LocalDate parse(String day, String month, String year) {
		return DateRangeFields.parse(day, month, year);
	}

	/**
	 * Checks the fields and rejects the first at fault with a message naming the date by {@code messages}
	 * ({@code messages.name}, {@code messages.required}). Returns the fields to mark as in error: all three when the
	 * date as a whole is wrong, only those at fault otherwise, none when the date is good or, if optional, blank.
	 */
	static Set<String> check(Errors errors, String prefix, String messages, String day, String month, String year,
			boolean required, LocalDate today) {
		String[] values = { day, month, year };
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			if (values[i] == null || values[i].isBlank()) {
				missing.add(PARTS.get(i));
			}
		}
		var name = new DefaultMessageSourceResolvable(messages + ".name");
		List<String> all = PARTS.stream().map(part -> field(prefix, part)).toList();
		if (missing.size() == PARTS.size()) {
			if (required) {
				errors.rejectValue(field(prefix, "Day"), messages + ".required");
				return Set.copyOf(all);
			}
			return Set.of();
		}
		if (!missing.isEmpty()) {
			String parts = String.join(".", missing).toLowerCase(Locale.ROOT);
			errors.rejectValue(field(prefix, missing.get(0)), "journey.date.missing",
					new Object[] { name, new DefaultMessageSourceResolvable("journey.date.parts." + parts) }, null);
			return Set.copyOf(missing.stream().map(part -> field(prefix, part)).toList());
		}
		if (!year.trim().matches("\\d{4}")) {
			errors.rejectValue(field(prefix, "Year"), "journey.date.yearDigits", new Object[] { name }, null);
			return Set.of(field(prefix, "Year"));
		}
		LocalDate date;
		try {
			date = LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()),
					Integer.parseInt(day.trim()));
		}
		catch (NumberFormatException | DateTimeException notReal) {
			errors.rejectValue(field(prefix, "Day"), "journey.date.real", new Object[] { name }, null);
			return Set.copyOf(all);
		}
		if (date.isBefore(EARLIEST)) {
			errors.rejectValue(field(prefix, "Year"), "journey.date.tooEarly", new Object[] { name }, null);
			return Set.of(field(prefix, "Year"));
		}
		if (date.isAfter(today)) {
			errors.rejectValue(field(prefix, "Day"), "journey.date.future", new Object[] { name }, null);
			return Set.copyOf(all);
		}
		return Set.of();
	}

	/** {@code fromDay} for the prefix {@code from}; {@code day} with no prefix. */
	static String field(String prefix, String part) {
		return prefix.isEmpty() ? part.toLowerCase(Locale.ROOT) : prefix + part;
	}

}
