package org.crossforce.supercomplaints.internal;

/** The "Record a response" form for one recommendation and one addressee. */
public final class ResponseForm {

	private String status;

	private String progress;

	private String text;

	private String receivedOnDay;

	private String receivedOnMonth;

	private String receivedOnYear;

	private String link;

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getProgress() {
		return progress;
	}

	public void setProgress(String progress) {
		this.progress = progress;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
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

	public String getLink() {
		return link;
	}

	public void setLink(String link) {
		this.link = link;
	}

}
