package org.crossforce.reference;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crossforce.reference.internal.NeighbourGraph;
import org.crossforce.reference.internal.ReferenceDataStore;

import org.springframework.stereotype.Service;

/**
 * The 46 forces, their neighbours and the map of their areas. The data is fixed while the application runs (the
 * loader replaces it only at start-up), so it is read once and answered from memory.
 */
@Service
public class Forces {

	private final Map<String, Force> byCode = new LinkedHashMap<>();

	private final NeighbourGraph graph;

	private final ForceMap map;

	Forces(ReferenceDataStore store) {
		store.forces().forEach(force -> byCode.put(force.code(), force));
		this.graph = NeighbourGraph.of(byCode.values());
		this.map = store.map();
	}

	/** Every force: the 43 territorial forces in ONS code order, then BTP, MOD Police and CNC. */
	public List<Force> all() {
		return List.copyOf(byCode.values());
	}

	public Optional<Force> find(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	public boolean exists(String code) {
		return byCode.containsKey(code);
	}

	/** The forces sharing a land boundary with this one, by name; none for the national forces. */
	public List<Force> neighboursOf(String code) {
		return require(code).neighbours()
			.stream()
			.map(byCode::get)
			.sorted(Comparator.comparing(Force::name))
			.toList();
	}

	/**
	 * How many neighbour-to-neighbour steps separate this force's area from every territorial force area, nearest
	 * first (ties by code), starting with the force itself at 0. A national force has no area, so only itself.
	 *
	 * @throws IllegalArgumentException for a code that is not a force
	 */
	public Map<String, Integer> distancesFrom(String code) {
		require(code);
		return graph.distancesFrom(code);
	}

	/** The force areas for drawing, with the viewBox they are drawn in. */
	public ForceMap map() {
		return map;
	}

	private Force require(String code) {
		Force force = byCode.get(code);
		if (force == null) {
			throw new IllegalArgumentException("No force has the code " + code);
		}
		return force;
	}

}
