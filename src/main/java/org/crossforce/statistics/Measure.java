package org.crossforce.statistics;

/**
 * What is counted for each area, over the cases reported in the period. The outcome flags behind each are defined
 * in {@code V16__statistics.sql}.
 */
public enum Measure {

	/** Cases reported. */
	REPORTS,
	/** The crime-recording decision: a notifiable crime. */
	RECORDED_AS_CRIME,
	/** The crime-recording decision: an incident only. */
	RECORDED_AS_INCIDENT_ONLY,
	/** Allocated to a force other than the employing force. */
	INVESTIGATED_BY_ANOTHER_FORCE,
	/** Allocated to the employing force itself. */
	INVESTIGATED_BY_EMPLOYING_FORCE,
	REFERRED_TO_IOPC,
	CHARGED,
	/**
	 * CONVICTED was recorded: the person reported was convicted at court, by plea or verdict. The {@code convicted}
	 * column stays null until the court's outcome, is false after an acquittal, and a conviction is never unset.
	 */
	CONVICTED,
	/** A decision of no further action (or not to investigate) was recorded, even if a review overturned it. */
	NO_FURTHER_ACTION,
	MISCONDUCT_PROVEN,
	DISMISSED,
	BARRED_LIST,
	/** Cases with a first key decision, whose working days the median is taken over. */
	FIRST_DECISION_TAKEN,
	/** Victims' Code duties started on the cases. */
	VICTIMS_CODE_DUTIES_DUE,
	/** Of those, done by their deadline. */
	VICTIMS_CODE_DUTIES_MET_ON_TIME

}
