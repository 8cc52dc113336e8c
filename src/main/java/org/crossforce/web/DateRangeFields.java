package org.crossforce.web;

import java.time.DateTimeException;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * The fields of two GOV.UK date inputs, "from" and "to", each three text boxes (day, month, year) named
 * {@code fromDay} … {@code toYear}, for forms to extend. Parsing is lenient about spaces and strict about the rest:
 * anything that is not a real date with a four-digit year reads as null, for the form's own checks to explain.
 */
public class DateRangeFields {

	@Size(max = 10, message = "{web.date.tooLong}")
	private String fromDay;

	@Size(max = 10, message = "{web.date.tooLong}")
	private String fromMonth;

	@Size(max = 10, message = "{web.date.tooLong}")
	private String fromYear;

	@Size(max = 10, message = "{web.date.tooLong}")
	private String toDay;

	@Size(max = 10, message = "{web.date.tooLong}")
	private String toMonth;

	@Size(max = 10, message = "{web.date.tooLong}")
	private String toYear;

	/** The date three fields make, or null when any is blank or they make no real date with a four-digit year. */
	public static LocalDate parse(String day, String month, String year) {
		try {
			int y = Integer.parseInt(year.trim());
			if (y < 1000 || y > 9999) {
				return null;
			}
			return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
		}
		catch (NullPointerException | NumberFormatException | DateTimeException notADate) {
			return null;
		}
	}

	public LocalDate from() {
		return parse(fromDay, fromMonth, fromYear);
	}

	public LocalDate to() {
		return parse(toDay, toMonth, toYear);
	}

	public boolean hasFrom() {
		return given(fromDay, fromMonth, fromYear);
	}

	public boolean hasTo() {
		return given(toDay, toMonth, toYear);
	}

	private static boolean given(String... parts) {
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				return true;
			}
		}
		return false;
	}

	public String getFromDay() {
		return fromDay;
	}

	public void setFromDay(String fromDay) {
		this.fromDay = fromDay;
	}

	public String getFromMonth() {
		return fromMonth;
	}

	public void setFromMonth(String fromMonth) {
		this.fromMonth = fromMonth;
	}

	public String getFromYear() {
		return fromYear;
	}

	public void setFromYear(String fromYear) {
		this.fromYear = fromYear;
	}

	public String getToDay() {
		return toDay;
	}

	public void setToDay(String toDay) {
		this.toDay = toDay;
	}

	public String getToMonth() {
		return toMonth;
	}

	public void setToMonth(String toMonth) {
		this.toMonth = toMonth;
	}

	public String getToYear() {
		return toYear;
	}

	public void setToYear(String toYear) {
		this.toYear = toYear;
	}

}
