package org.crossforce.reference.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crossforce.reference.ForceMap;
import org.crossforce.reference.ForceOutline;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Force areas as SVG paths for a page-sized map: kilometres from the north-west corner of England and Wales, y
 * growing southwards as SVG's does, one decimal place.
 */
final class MapOutlines {

	/** The map is drawn about 600 px wide for about 650 km, so detail under 150 m cannot be seen. */
	static final double SIMPLIFY_METRES = 150;

	private static final double METRES_PER_UNIT = 1000;

	private MapOutlines() {
	}

	/** The areas in the order given, keyed by force code, with the names to label them by. */
	static ForceMap draw(Map<String, Geometry> areas, Map<String, String> names) {
		Envelope extent = new Envelope();
		areas.values().forEach(area -> extent.expandToInclude(area.getEnvelopeInternal()));
		List<ForceOutline> outlines = new ArrayList<>();
		areas.forEach((code, area) -> outlines.add(new ForceOutline(code, names.get(code),
				path(TopologyPreservingSimplifier.simplify(area, SIMPLIFY_METRES), extent))));
		String viewBox = "0 0 " + (long) Math.ceil(extent.getWidth() / METRES_PER_UNIT) + " "
				+ (long) Math.ceil(extent.getHeight() / METRES_PER_UNIT);
		return new ForceMap(viewBox, outlines);
	}

	private static String path(Geometry area, Envelope extent) {
		StringBuilder path = new StringBuilder();
		for (int p = 0; p < area.getNumGeometries(); p++) {
			Polygon polygon = (Polygon) area.getGeometryN(p);
			ring(polygon.getExteriorRing(), extent, path);
			for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
				ring(polygon.getInteriorRingN(h), extent, path);
			}
		}
		return path.toString();
	}

	private static void ring(LineString ring, Envelope extent, StringBuilder path) {
		List<String> points = new ArrayList<>();
		String previous = null;
		for (Coordinate c : ring.getCoordinates()) {
			String point = number(c.x - extent.getMinX()) + " " + number(extent.getMaxY() - c.y);
			if (!point.equals(previous)) {
				points.add(point);
			}
			previous = point;
		}
		if (points.size() > 1 && points.get(0).equals(points.get(points.size() - 1))) {
			points.remove(points.size() - 1);
		}
		if (points.size() < 3) {
			// Too small to see once rounded to 100 m.
			return;
		}
		path.append(path.isEmpty() ? "M" : " M").append(String.join(" ", points)).append('Z');
	}

	private static String number(double metres) {
		long tenths = Math.round(metres / METRES_PER_UNIT * 10);
		return BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
	}

}
