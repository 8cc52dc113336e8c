package org.crossforce.reference.internal;

import java.util.List;
import java.util.Map;

import org.crossforce.reference.Force;

/**
 * The forces and neighbour graph computed from the bundled reference files, as {@link NeighbourGraphTest} computes
 * them: no Spring and no database. For tests elsewhere (allocation first) that need real geography; it lives in the
 * test tree because production code gets the same answers from {@code Forces}.
 */
public final class BundledForces {

	private static List<Force> forces;

	private BundledForces() {
	}

	/** Every force with its computed neighbours and workforce; computed once, as the boundaries take a moment. */
	public static synchronized List<Force> all() {
		if (forces == null) {
			forces = ReferenceFiles.bundled().compute().forces();
		}
		return forces;
	}

	/** As {@code Forces.distancesFrom(code)} answers: nearest first, ties by code. */
	public static Map<String, Integer> distancesFrom(String code) {
		return NeighbourGraph.of(all()).distancesFrom(code);
	}

}
