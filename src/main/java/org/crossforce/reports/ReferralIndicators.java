package org.crossforce.reports;

/**
 * What the report says that bears on the IOPC's mandatory referral criteria (Police (Complaints and Misconduct)
 * Regulations 2020) and on risk. Each is the reporter's answer, not a finding.
 *
 * @param seriousInjury the victim or someone else was seriously injured (or died)
 * @param sexualOffence the abuse included a sexual assault or other sexual offence
 * @param abuseOfPosition the accused used their police role or powers, including for a sexual purpose
 * @param discrimination the abuse was aggravated by hostility to race, religion, sexuality, disability or gender
 *                       identity
 * @param threatsToKill the accused threatened to kill
 * @param firearmsAccess the accused has access to firearms
 * @param policeSystemsAccess the accused has used or could use police systems or information against the victim
 * @param toldWillNotBeBelieved the accused said the victim would not be believed, or similar threats
 */
public record ReferralIndicators(boolean seriousInjury, boolean sexualOffence, boolean abuseOfPosition,
		boolean discrimination, boolean threatsToKill, boolean firearmsAccess, boolean policeSystemsAccess,
		boolean toldWillNotBeBelieved) {

	public static final ReferralIndicators NONE = new ReferralIndicators(false, false, false, false, false, false,
			false, false);

}
