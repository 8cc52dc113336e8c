package org.crossforce.investigations;

/**
 * What an investigation records, each with the date, who recorded it and, where required, a reason. A key decision
 * starts the Victims' Code duty to tell the victim within one working day (enhanced rights, which every victim of
 * domestic abuse has: Victims' Code 2021, Right 6).
 */
public enum Step {

	VICTIM_CONTACTED(Track.CONTACT, false, false),

	SUSPECT_ARRESTED(Track.CRIMINAL, true, false),
	INTERVIEWED_UNDER_CAUTION(Track.CRIMINAL, true, false),
	RELEASED_WITHOUT_CHARGE(Track.CRIMINAL, true, false),
	BAILED(Track.CRIMINAL, true, false),
	RELEASED_UNDER_INVESTIGATION(Track.CRIMINAL, true, false),
	BAIL_CHANGED(Track.CRIMINAL, true, false),
	REFERRED_TO_CPS(Track.CRIMINAL, false, false),
	CHARGED(Track.CRIMINAL, true, false),
	/** Includes a decision not to investigate; the reason is required and given to the victim. */
	NO_FURTHER_ACTION(Track.CRIMINAL, true, true),
	/**
	 * The court's outcome after a charge: the accused was convicted of an offence charged, by a guilty plea or a
	 * verdict. The victim is entitled to be told the outcome of the case (Victims' Code 2021, Right 6), so it is a key
	 * decision.
	 */
	CONVICTED(Track.CRIMINAL, true, false),
	/**
	 * The court's outcome after a charge when there was no conviction: acquitted by a verdict, or the case was
	 * discontinued or dismissed at court. The reason says which, and is given to the victim, who is entitled to be
	 * told the outcome and why a case was stopped (Victims' Code 2021, Right 6).
	 */
	ACQUITTED(Track.CRIMINAL, true, true),

	/** A notifiable crime, flagged domestic-abuse-related, with its offence group. */
	CRIME_RECORDED(Track.CRIME_RECORDING, false, false),
	/** No notifiable crime: recorded as an incident, with the reason. */
	INCIDENT_ONLY_RECORDED(Track.CRIME_RECORDING, false, true),

	CLASSIFIED_AS_COMPLAINT(Track.CLASSIFICATION, false, true),
	CLASSIFIED_AS_CONDUCT_MATTER(Track.CLASSIFICATION, false, true),

	ASSESSED_AS_NO_MISCONDUCT(Track.MISCONDUCT, false, true),
	ASSESSED_AS_MISCONDUCT(Track.MISCONDUCT, false, true),
	ASSESSED_AS_GROSS_MISCONDUCT(Track.MISCONDUCT, false, true),
	MISCONDUCT_INVESTIGATION_STARTED(Track.MISCONDUCT, false, false),
	CASE_TO_ANSWER(Track.MISCONDUCT, false, true),
	NO_CASE_TO_ANSWER(Track.MISCONDUCT, false, true),
	MISCONDUCT_MEETING_HELD(Track.MISCONDUCT, false, false),
	GROSS_MISCONDUCT_HEARING_HELD(Track.MISCONDUCT, false, false),
	OUTCOME_NO_MISCONDUCT_FOUND(Track.MISCONDUCT, false, true),
	OUTCOME_PRACTICE_REQUIRING_IMPROVEMENT(Track.MISCONDUCT, false, true),
	OUTCOME_WRITTEN_WARNING(Track.MISCONDUCT, false, true),
	OUTCOME_FINAL_WRITTEN_WARNING(Track.MISCONDUCT, false, true),
	OUTCOME_REDUCTION_IN_RANK(Track.MISCONDUCT, false, true),
	OUTCOME_DISMISSAL_WITHOUT_NOTICE(Track.MISCONDUCT, false, true),
	REFERRED_TO_BARRED_LIST(Track.MISCONDUCT, false, false),
	/** The accused left the service while under investigation (Police (Conduct) Regulations 2020, Advisory List). */
	REFERRED_TO_ADVISORY_LIST(Track.MISCONDUCT, false, true),

	/**
	 * The victim asks for a review of the decision not to charge. It starts the duties to acknowledge the request and
	 * to decide the review (see {@link DutyKind}).
	 */
	REVIEW_REQUESTED(Track.REVIEW, false, false),
	REVIEW_ACKNOWLEDGED(Track.REVIEW, false, false),
	/** The review finds the decision not to charge was right; the victim is told why. */
	REVIEW_DECISION_UPHELD(Track.REVIEW, true, true),
	/** The review finds the decision not to charge was wrong; the victim is told why and what happens next. */
	REVIEW_DECISION_OVERTURNED(Track.REVIEW, true, true);

	private final Track track;

	private final boolean keyDecision;

	private final boolean needsReason;

	Step(Track track, boolean keyDecision, boolean needsReason) {
		this.track = track;
		this.keyDecision = keyDecision;
		this.needsReason = needsReason;
	}

	public Track track() {
		return track;
	}

	/** Whether recording it starts the duty to tell the victim within one working day. */
	public boolean keyDecision() {
		return keyDecision;
	}

	public boolean needsReason() {
		return needsReason;
	}

}
