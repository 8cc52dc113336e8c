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
 * @param declaredNoConnection usernames who declared they have no connection with the accused or the victim
 * @param declaredConnection usernames who declared a connection, and so are removed from the case
 */
public record CaseParties(String reference, String investigatingForce, String employingForce,
		Set<String> conflictedForces, String referringOrganisation, boolean referredToIopc,
		boolean victimConsentsToShare, Set<String> declaredNoConnection, Set<String> declaredConnection) {

	public CaseParties {
		conflictedForces = Set.copyOf(conflictedForces);
		declaredNoConnection = Set.copyOf(declaredNoConnection);
		declaredConnection = Set.copyOf(declaredConnection);
	}

	/** Parties before anyone has declared. */
	public CaseParties(String reference, String investigatingForce, String employingForce,
			Set<String> conflictedForces, String referringOrganisation, boolean referredToIopc,
			boolean victimConsentsToShare) {
		this(reference, investigatingForce, employingForce, conflictedForces, referringOrganisation, referredToIopc,
				victimConsentsToShare, Set.of(), Set.of());
	}

	/** The same parties with these declarations. */
	public CaseParties withDeclarations(Set<String> noConnection, Set<String> connection) {
		return new CaseParties(reference, investigatingForce, employingForce, conflictedForces, referringOrganisation,
				referredToIopc, victimConsentsToShare, noConnection, connection);
	}

}
