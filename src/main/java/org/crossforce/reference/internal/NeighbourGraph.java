package org.crossforce.reference.internal;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.reference.Force;

/**
 * Forces as the nodes of a graph whose edges are shared land boundaries. The allocation rule ranks candidate
 * investigating forces by their distance in this graph from the force area where the incident happened (DESIGN.md,
 * "The core rule").
 */
public final class NeighbourGraph {

	private final Map<String, List<String>> neighbours = new HashMap<>();

	private NeighbourGraph() {
	}

	public static NeighbourGraph of(Collection<Force> forces) {
		NeighbourGraph graph = new NeighbourGraph();
		forces.forEach(force -> graph.neighbours.put(force.code(), force.neighbours()));
		return graph;
	}

	/** Breadth-first from {@code code}: each reachable force with its number of steps, nearest first, ties by code. */
	public Map<String, Integer> distancesFrom(String code) {
		Map<String, Integer> steps = new HashMap<>();
		Deque<String> queue = new ArrayDeque<>();
		steps.put(code, 0);
		queue.add(code);
		while (!queue.isEmpty()) {
			String current = queue.remove();
			for (String next : neighbours.getOrDefault(current, List.of())) {
				if (!steps.containsKey(next)) {
					steps.put(next, steps.get(current) + 1);
					queue.add(next);
				}
			}
		}
		Map<String, Integer> nearestFirst = new LinkedHashMap<>();
		steps.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.forEach(entry -> nearestFirst.put(entry.getKey(), entry.getValue()));
		return Collections.unmodifiableMap(nearestFirst);
	}

}
