package org.crossforce.allocation;

/**
 * The IOPC mandatory referral criteria. For a complaint: Police Reform Act 2002 Schedule 3 paragraph 4(1)(a) (death
 * or serious injury) and the Police (Complaints and Misconduct) Regulations 2020 regulation 4(1), made under
 * paragraph 4(1)(b); regulation 7(1) gives the same descriptions for a conduct matter. Referral is a duty of the
 * appropriate authority when any one is met; the IOPC then decides the mode of investigation.
 */
public enum Criterion {

	/** Schedule 3 paragraph 4(1)(a): the conduct complained of resulted in death or serious injury. */
	DEATH_OR_SERIOUS_INJURY("allocation.criterion.deathOrSeriousInjury"),

	/** Regulation 4(1)(a)(i); 7(1)(a): a serious assault, as the IOPC's guidance determines. */
	SERIOUS_ASSAULT("allocation.criterion.seriousAssault"),

	/** Regulation 4(1)(a)(ii); 7(1)(b): a serious sexual offence, as the IOPC's guidance determines. */
	SERIOUS_SEXUAL_OFFENCE("allocation.criterion.seriousSexualOffence"),

	/**
	 * Regulation 4(1)(a)(iii); 7(1)(c): serious corruption, "including abuse of position for a sexual purpose or the
	 * purpose of pursuing an improper emotional relationship".
	 */
	SERIOUS_CORRUPTION("allocation.criterion.seriousCorruption"),

	/**
	 * Regulation 4(1)(a)(iv); 7(1)(d): a criminal offence, or behaviour liable to lead to disciplinary proceedings,
	 * aggravated by discriminatory behaviour on the grounds of race, sex, religion or other status.
	 */
	DISCRIMINATION("allocation.criterion.discrimination"),

	/**
	 * Regulation 4(1)(a)(v); 7(1)(e): a relevant offence, one whose sentence is fixed by law or for which a person of
	 * 18 or over (not previously convicted) may be sentenced to 7 years' imprisonment or more.
	 */
	RELEVANT_OFFENCE("allocation.criterion.relevantOffence"),

	/** Regulation 4(1)(b); 7(1)(h): arising from the same incident as conduct within the criteria above. */
	SAME_INCIDENT("allocation.criterion.sameIncident"),

	/**
	 * Regulation 4(1)(c); 7(1)(g): conduct of a chief officer or the Deputy Commissioner of Police of the Metropolis.
	 * See {@link ChiefOfficerRanks} for the ranks counted.
	 */
	CHIEF_OFFICER("allocation.criterion.chiefOfficer");

	private final String messageCode;

	Criterion(String messageCode) {
		this.messageCode = messageCode;
	}

	/** The {@code messages.properties} code of the criterion's name, with the law it comes from. */
	public String messageCode() {
		return messageCode;
	}

}
