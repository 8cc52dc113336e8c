package org.crossforce.allocation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the rule needs to know about the forces at the moment it decides, passed in rather than fetched so that the
 * rule is a pure function and a stored decision can be replayed from what it was given.
 *
 * @param distancesFromIncident neighbour-to-neighbour steps from the incident force area to every force reachable
 * from it, as {@code Forces.distancesFrom(incidentForce)} returns them; the incident force itself at 0
 * @param collaborations the professional standards collaboration groups
 * @param openAllocations how many cases each force is investigating now; a force not listed has none
 * @param workforceFte each force's total workforce, full-time equivalent ({@code Workforce.totalFte()}); a force not
 * listed, or listed with null, has no published figure
 */
public record AllocationContext(Map<String, Integer> distancesFromIncident, List<CollaborationGroup> collaborations,
		Map<String, Integer> openAllocations, Map<String, BigDecimal> workforceFte) {

	public AllocationContext {
		Objects.requireNonNull(distancesFromIncident, "distancesFromIncident");
		distancesFromIncident = Collections.unmodifiableMap(new LinkedHashMap<>(distancesFromIncident));
		collaborations = collaborations == null ? List.of() : List.copyOf(collaborations);
		openAllocations = openAllocations == null ? Map.of() : Map.copyOf(openAllocations);
		openAllocations.forEach((force, open) -> {
			if (open < 0) {
				throw new IllegalArgumentException("Open allocations cannot be negative: " + force + " " + open);
			}
		});
		// HashMap, not Map.copyOf: a force without workforce figures may be listed with null.
		workforceFte = workforceFte == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(workforceFte));
	}

	int distanceTo(String force) {
		return distancesFromIncident.get(force);
	}

	boolean reaches(String force) {
		return distancesFromIncident.containsKey(force);
	}

	int open(String force) {
		return openAllocations.getOrDefault(force, 0);
	}

}
