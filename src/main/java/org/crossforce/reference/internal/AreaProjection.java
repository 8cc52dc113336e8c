package org.crossforce.reference.internal;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Longitude and latitude (WGS84 degrees) to metres, so that boundary lengths and tolerances can be measured. A
 * sinusoidal projection about 2°W, the central meridian of the British National Grid: distances along parallels
 * are exact and, across England and Wales (about 6°W to 2°E), distances along meridians are within 0.2%, far
 * inside the few-metre tolerances used for neighbours. Good enough for drawing, too.
 */
final class AreaProjection {

	/** Mean radius of the Earth (IUGG). */
	static final double EARTH_RADIUS_METRES = 6_371_008.8;

	static final double CENTRAL_MERIDIAN_DEGREES = -2.0;

	private AreaProjection() {
	}

	/** Projects the geometry in place and returns it. */
	static Geometry toMetres(Geometry lonLat) {
		lonLat.apply(new CoordinateSequenceFilter() {

			@Override
			public void filter(CoordinateSequence sequence, int i) {
				double latitude = Math.toRadians(sequence.getY(i));
				double longitude = Math.toRadians(sequence.getX(i) - CENTRAL_MERIDIAN_DEGREES);
				sequence.setOrdinate(i, CoordinateSequence.X, EARTH_RADIUS_METRES * longitude * Math.cos(latitude));
				sequence.setOrdinate(i, CoordinateSequence.Y, EARTH_RADIUS_METRES * latitude);
			}

			@Override
			public boolean isDone() {
				return false;
			}

			@Override
			public boolean isGeometryChanged() {
				return true;
			}

		});
		return lonLat;
	}

}
