package org.crossforce.allocation;

import java.util.List;

/**
 * The investigating force and the whole of the reasoning behind it, stored with the case and shown to staff
 * (DESIGN.md, "The core rule", step 3).
 *
 * @param investigatingForce the chosen force's code
 * @param distance its steps from the incident force area (0 when it is the incident force)
 * @param considered every force reachable from the incident force area and every conflicted force, nearest first,
 * then by code; unreachable forces last
 */
public record AllocationDecision(String investigatingForce, int distance, List<ConsideredForce> considered) {

	public AllocationDecision {
		considered = List.copyOf(considered);
	}

	/** The entry for the chosen force, with why it was chosen. */
	public ConsideredForce chosen() {
		return considered.stream().filter(force -> !force.excluded()).findFirst().orElseThrow();
	}

	/** Codes of the forces that were conflicted, in the order considered. */
	public List<String> conflicted() {
		return considered.stream()
			.filter(force -> force.reasons().stream().anyMatch(Conflicts::isConflict))
			.map(ConsideredForce::force)
			.toList();
	}

}
