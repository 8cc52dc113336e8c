package org.crossforce.notifications;

/** Why a member of staff is prompted to sign in. The message names no case and nobody in it. */
public enum StaffNotice {

	/** A case has been allocated to their force to investigate. */
	CASE_ALLOCATED,
	/** A Victims' Code duty on a case they investigate or supervise is past its deadline. */
	DUTY_OVERDUE,
	/** An investigating force has not accepted an allocation within two working days. */
	ACCEPTANCE_OVERDUE,
	/** A victim or advocate wrote on a case they work on. */
	NEW_MESSAGE,
	/** A victim asked for a review of a decision not to charge. */
	REVIEW_REQUESTED

}
