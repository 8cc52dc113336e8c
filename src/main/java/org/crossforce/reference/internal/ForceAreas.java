package org.crossforce.reference.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The force-area polygons of ONS Police Force Areas (December 2023), projected to metres, keyed by ONS code
 * ({@code PFA23CD}).
 */
final class ForceAreas {

	private ForceAreas() {
	}

	static Map<String, Geometry> read(byte[] geoJson) {
		// The file's "crs" member names CRS84 as a URN, which GeoJsonReader cannot parse; each feature's geometry
		// is handed to it on its own instead. The coordinates are longitude, latitude in WGS84, as CRS84 says.
		JsonNode collection = JsonMapper.shared().readTree(geoJson);
		GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
		Map<String, Geometry> areas = new LinkedHashMap<>();
		for (JsonNode feature : collection.path("features")) {
			String onsCode = feature.path("properties").path("PFA23CD").asString();
			try {
				areas.put(onsCode, AreaProjection.toMetres(reader.read(feature.path("geometry").toString())));
			}
			catch (ParseException invalid) {
				throw new IllegalStateException("The boundary of " + onsCode + " is not valid GeoJSON", invalid);
			}
		}
		return areas;
	}

}
