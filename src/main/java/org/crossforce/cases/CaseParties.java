package org.crossforce.cases;

import java.util.Set;

/**
 * Who stands where in one case, as the access policy needs it.
 *
 * @param reference the case
 * @param investigatingForce the force investigating, or null before allocation
 * @param employingForce the force employing the accused
 * @param conflictedForces every force with a conflict of interest, the employing force included
 * @param referringOrganisation the organisation whose user recorded the report, or null when the victim did
 * @param referredToIopc whether an IOPC referral exists
 * @param victimConsentsToShare whether the victim agreed to the investigating force seeing their details
 */
public record CaseParties(String reference, String investigatingForce, String employingForce,
		Set<String> conflictedForces, String referringOrganisation, boolean referredToIopc,
		boolean victimConsentsToShare) {

	public CaseParties {
		conflictedForces = Set.copyOf(conflictedForces);
	}

}
