package org.crossforce.cases;

/** The parts of a case that access is decided for, each read separately and audited separately. */
public enum CaseResource {

	/** Reference, dates, forces, kinds of abuse, allocation and its reasons, IOPC referral: nothing identifying. */
	SUMMARY,
	/** The victim's name and the force they serve with. */
	VICTIM_IDENTITY,
	/** How to contact the victim, and the account in their own words. */
	ACCOUNT,
	/** Evidence files. */
	FILES,
	/** The restricted notice for the employing force: the accused, their role, allegation kinds, risk flags. */
	CONDUCT_NOTICE,
	/** Who has read or changed the case, from the audit log. */
	AUDIT_TRAIL,
	/** The investigation's recorded steps and the Victims' Code duties they started. */
	TIMELINE,
	/** Secure messages between the victim, their advocate and the investigating force. */
	MESSAGES,
	/** Recording a step of the investigation: the investigating force's work. */
	INVESTIGATION_STEPS

}
