package org.crossforce.cases.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The filters of the list of cases, from the query string: plain filters on allocation data, never case content.
 * Dates are entered as GOV.UK date inputs, day, month and year apart.
 */
public final class CaseFilter {

	static final String OPEN = "open";

	static final String ALL = "all";

	private String status = OPEN;

	private String force;

	private String fromDay;

	private String fromMonth;

	private String fromYear;

	private String toDay;

	private String toMonth;

	private String toYear;

	private Integer page;

	boolean openOnly() {
		return !ALL.equals(status);
	}

	/** Whether any part of the "from" date was given. */
	boolean hasFrom() {
		return given(fromDay, fromMonth, fromYear);
	}

	boolean hasTo() {
		return given(toDay, toMonth, toYear);
	}

	/** The "from" date, or null when it is not a real date. */
	LocalDate from() {
		return date(fromDay, fromMonth, fromYear);
	}

	LocalDate to() {
		return date(toDay, toMonth, toYear);
	}

	int pageNumber() {
		return page == null || page < 1 ? 1 : page;
	}

	private static boolean given(String... parts) {
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				return true;
			}
		}
		return false;
	}

	private static LocalDate date(String day, String month, String year) {
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

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = ALL.equals(status) ? ALL : OPEN;
	}

	public String getForce() {
		return force;
	}

	public void setForce(String force) {
		this.force = force == null || force.isBlank() ? null : force.trim();
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

	public Integer getPage() {
		return page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

}
