package org.crossforce.investigations;

/**
 * What a Victims' Code duty asks of the investigating force, and how many working days (England and Wales calendar)
 * it has from the day of the step that started it.
 */
public enum DutyKind {

	/** Tell the victim of a key decision: 1 working day under the enhanced rights (Victims' Code 2021, Right 6). */
	TELL_VICTIM(1),
	/** Acknowledge a request for a review of a decision not to charge: 10 working days (Victims' Right to Review). */
	ACKNOWLEDGE_REVIEW(10),
	/** Decide the review and tell the victim: 30 working days from the request (Victims' Right to Review). */
	DECIDE_REVIEW(30);

	private final int workingDays;

	DutyKind(int workingDays) {
		this.workingDays = workingDays;
	}

	public int workingDays() {
		return workingDays;
	}

}
