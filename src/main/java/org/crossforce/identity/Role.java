package org.crossforce.identity;

/**
 * What a user may do, granted within their one organisation. Victim-facing roles come with the victim's journey.
 */
public enum Role {

	/** Manages organisations, users and keys; never sees case content (separation of duties). */
	ADMINISTRATOR,
	/** A force's professional standards department: receives conduct notices, investigates allocated cases. */
	PROFESSIONAL_STANDARDS,
	/** A force's investigator working an allocated case. */
	INVESTIGATOR,
	/** Independent Office for Police Conduct: referrals, mode of investigation, allocation overrides. */
	IOPC,
	/** HM Inspectorate of Constabulary and Fire & Rescue Services: super-complaint assessment. */
	INSPECTOR,
	/** College of Policing: super-complaint assessment, Barred and Advisory Lists. */
	COLLEGE,
	/** A support service's or designated body's advocate, acting with a victim's consent. */
	ADVOCATE,
	/** Reads national statistics and runs FOI campaigns. */
	ANALYST;

	/** Whether someone in an organisation of this kind may hold this role. */
	public boolean allowedIn(OrganisationKind kind) {
		return switch (this) {
			case ADMINISTRATOR -> kind == OrganisationKind.SYSTEM;
			case PROFESSIONAL_STANDARDS, INVESTIGATOR -> kind == OrganisationKind.FORCE;
			case IOPC -> kind == OrganisationKind.IOPC;
			case INSPECTOR -> kind == OrganisationKind.HMICFRS;
			case COLLEGE -> kind == OrganisationKind.COLLEGE_OF_POLICING;
			case ADVOCATE -> kind == OrganisationKind.SUPPORT_SERVICE || kind == OrganisationKind.DESIGNATED_BODY;
			case ANALYST -> kind != OrganisationKind.SYSTEM;
		};
	}

	/** The authority Spring Security checks for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
