package org.crossforce.allocation;

import java.util.List;

/**
 * One force the rule looked at, and why it was or was not chosen.
 *
 * @param force the force's code
 * @param distance steps from the incident force area, or null for a force that cannot be reached from it (the
 * national forces have no area)
 * @param excluded false for the chosen force only
 * @param reasons at least one; every reason a conflicted force is conflicted, not just the first
 */
public record ConsideredForce(String force, Integer distance, boolean excluded, List<Reason> reasons) {

	public ConsideredForce {
		reasons = List.copyOf(reasons);
		if (reasons.isEmpty()) {
			throw new IllegalArgumentException("Staff must see why for every force: " + force + " has no reason");
		}
	}

}
