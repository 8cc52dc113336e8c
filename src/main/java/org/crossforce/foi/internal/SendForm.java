package org.crossforce.foi.internal;

import java.time.LocalDate;

import org.crossforce.web.DateRangeFields;

/** The send page's GOV.UK date input: the day the authorities receive the requests. */
public class SendForm {

	private String receivedOnDay;

	private String receivedOnMonth;

	private String receivedOnYear;

	static SendForm on(LocalDate date) {
		SendForm form = new SendForm();
		form.receivedOnDay = String.valueOf(date.getDayOfMonth());
		form.receivedOnMonth = String.valueOf(date.getMonthValue());
		form.receivedOnYear = String.valueOf(date.getYear());
		return form;
	}

	LocalDate receivedOn() {
		return DateRangeFields.parse(receivedOnDay, receivedOnMonth, receivedOnYear);
	}

	boolean given() {
		return !blank(receivedOnDay) || !blank(receivedOnMonth) || !blank(receivedOnYear);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getReceivedOnDay() {
		return receivedOnDay;
	}

	public void setReceivedOnDay(String receivedOnDay) {
		this.receivedOnDay = receivedOnDay;
	}

	public String getReceivedOnMonth() {
		return receivedOnMonth;
	}

	public void setReceivedOnMonth(String receivedOnMonth) {
		this.receivedOnMonth = receivedOnMonth;
	}

	public String getReceivedOnYear() {
		return receivedOnYear;
	}

	public void setReceivedOnYear(String receivedOnYear) {
		this.receivedOnYear = receivedOnYear;
	}

}
