package org.crossforce.reference.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Which force areas share a land boundary, measured on the projected polygons.
 *
 * <p>The ONS polygons are generalised and clipped to the coastline, so two areas that share a boundary on the
 * ground have boundaries that coincide to within a metre or so, while areas that only face each other across water
 * are hundreds of metres apart. The length of A's boundary lying within {@link #TOLERANCE_METRES} of B separates the
 * two cases; buffering whole areas by hundreds of metres would join Essex to Kent across the Thames.
 */
final class SharedBoundaries {

	/**
	 * How far apart two boundaries may lie and still count as one. It absorbs the jitter between neighbouring
	 * generalised polygons and stays far below the gaps the data's README warns about: Cambridgeshire and
	 * Leicestershire, west of Stamford, come within 23 m; Essex and Kent, across the Thames, 430 m.
	 */
	static final double TOLERANCE_METRES = 5;

	/**
	 * The shortest shared boundary that makes neighbours. Where boundaries only meet at a point, about twice the
	 * tolerance of each lies within the tolerance of the other, so that is rejected. The shortest real one in
	 * England and Wales, Lincolnshire–Northamptonshire (about 20 m on the ground), measures about 35 m here.
	 */
	static final double MINIMUM_SHARED_METRES = 15;

	private SharedBoundaries() {
	}

	/** One shared boundary, its two areas' keys in order ({@code first < second}). */
	record SharedBoundary(String first, String second, double lengthMetres) {
	}

	/** Every pair of areas sharing a land boundary, ordered by their keys. */
	static List<SharedBoundary> between(Map<String, Geometry> areas) {
		Map<String, Geometry> sorted = new TreeMap<>(areas);
		Map<String, Geometry> widened = new HashMap<>();
		Map<String, Envelope> reach = new HashMap<>();
		sorted.forEach((key, area) -> {
			widened.put(key, area.buffer(TOLERANCE_METRES));
			Envelope envelope = new Envelope(area.getEnvelopeInternal());
			envelope.expandBy(TOLERANCE_METRES);
			reach.put(key, envelope);
		});
		List<String> keys = new ArrayList<>(sorted.keySet());
		List<SharedBoundary> shared = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			Geometry boundary = sorted.get(keys.get(i)).getBoundary();
			for (int j = i + 1; j < keys.size(); j++) {
				if (!reach.get(keys.get(i)).intersects(reach.get(keys.get(j)))) {
					continue;
				}
				double length = boundary.intersection(widened.get(keys.get(j))).getLength();
				if (length > MINIMUM_SHARED_METRES) {
					shared.add(new SharedBoundary(keys.get(i), keys.get(j), length));
				}
			}
		}
		return shared;
	}

}
