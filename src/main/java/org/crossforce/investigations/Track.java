package org.crossforce.investigations;

/** The independent threads of an investigation, each with its own phases; a step moves exactly one of them. */
public enum Track {

	/** Arrest, interview, release, bail, the CPS, charge or no further action. */
	CRIMINAL,
	/** Whether the report is recorded as a domestic-abuse-related crime or as an incident only. */
	CRIME_RECORDING,
	/** Whether it is handled as a complaint or as a conduct matter (DESIGN.md, "Complaint or conduct matter"). */
	CLASSIFICATION,
	/** Police (Conduct) Regulations 2020: severity, investigation, meeting or hearing, outcome, Barred List. */
	MISCONDUCT,
	/** Contact with the victim, which may happen at any point. */
	CONTACT,
	/**
	 * The Victims' Right to Review a decision not to charge (Victims' Code 2021, Right 7): asked for within 3 months
	 * of the decision, acknowledged within 10 and decided within 30 working days.
	 */
	REVIEW

}
