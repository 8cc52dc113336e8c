package org.crossforce.allocation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The current allocation of a case: who investigates, every force considered with why, and whether it was the
 * rule's decision or an override.
 *
 * @param decidedBy {@code rule} for the rule's own decision, or the username of whoever overrode it
 * @param overrideReason why it was overridden, or null
 */
public record CaseAllocation(String reference, String employingForce, String incidentForce,
		String investigatingForce, int distance, List<ConsideredForce> considered, Set<String> conflictedForces,
		ComplaintOrConduct classification, Instant decidedAt, String decidedBy, String overrideReason) {

	public static final String BY_RULE = "rule";

	public boolean overridden() {
		return !BY_RULE.equals(decidedBy);
	}

}
