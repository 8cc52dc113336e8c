package org.crossforce.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.crossforce.reference.Force;
import org.crossforce.reference.ForceKind;
import org.crossforce.reference.Workforce;
import org.crossforce.reference.internal.SharedBoundaries.SharedBoundary;

import org.locationtech.jts.geom.Geometry;

/**
 * The reference data files bundled under {@code src/main/resources/reference/} (see the README there for sources
 * and licences), and what is computed from them.
 */
final class ReferenceFiles {

	/**
	 * Part of the checksum, so that changing how neighbours or outlines are computed reloads every database even
	 * when the files are unchanged. Raise the revision for a change the constants do not show.
	 */
	static final String COMPUTATION = "revision 1; projection " + AreaProjection.CENTRAL_MERIDIAN_DEGREES
			+ "; tolerance " + SharedBoundaries.TOLERANCE_METRES + "; minimum " + SharedBoundaries.MINIMUM_SHARED_METRES
			+ "; simplify " + MapOutlines.SIMPLIFY_METRES;

	private final byte[] forces;

	private final byte[] workforce;

	private final byte[] boundaries;

	private ReferenceFiles(byte[] forces, byte[] workforce, byte[] boundaries) {
		this.forces = forces;
		this.workforce = workforce;
		this.boundaries = boundaries;
	}

	static ReferenceFiles bundled() {
		return new ReferenceFiles(resource("forces.csv"), resource("workforce_2018.csv"),
				resource("pfa_dec2023_buc.geojson"));
	}

	/** SHA-256 of the computation and the three files, in hex. */
	String checksum() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(COMPUTATION.getBytes(StandardCharsets.UTF_8));
			for (byte[] file : List.of(forces, workforce, boundaries)) {
				digest.update(Integer.toString(file.length).getBytes(StandardCharsets.UTF_8));
				digest.update(file);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	ReferenceDataset compute() {
		List<Map<String, String>> rows = CsvTable.parse(text(forces));
		Map<String, Workforce> workforceByCode = workforce();
		Map<String, Geometry> areasByOnsCode = ForceAreas.read(boundaries);
		Map<String, Geometry> areas = new LinkedHashMap<>();
		Map<String, String> names = new HashMap<>();
		for (Map<String, String> row : rows) {
			Geometry area = areasByOnsCode.remove(row.get("ons_code"));
			if (ForceKind.fromCode(row.get("kind")) == ForceKind.TERRITORIAL) {
				if (area == null) {
					throw new IllegalStateException("No force area for " + row.get("code"));
				}
				areas.put(row.get("code"), area);
				names.put(row.get("code"), row.get("name"));
			}
		}
		if (!areasByOnsCode.isEmpty()) {
			throw new IllegalStateException("Force areas with no force: " + areasByOnsCode.keySet());
		}
		List<SharedBoundary> shared = SharedBoundaries.between(areas);
		Map<String, TreeSet<String>> neighbours = new HashMap<>();
		for (SharedBoundary boundary : shared) {
			neighbours.computeIfAbsent(boundary.first(), code -> new TreeSet<>()).add(boundary.second());
			neighbours.computeIfAbsent(boundary.second(), code -> new TreeSet<>()).add(boundary.first());
		}
		List<Force> forceList = new ArrayList<>();
		for (Map<String, String> row : rows) {
			String code = row.get("code");
			forceList.add(new Force(code, row.get("name"), blankToNull(row.get("ons_code")), row.get("region"),
					ForceKind.fromCode(row.get("kind")), blankToNull(row.get("country")),
					List.copyOf(neighbours.getOrDefault(code, new TreeSet<>())), workforceByCode.get(code)));
		}
		return new ReferenceDataset(forceList, shared, MapOutlines.draw(areas, names));
	}

	/** Rows for forces only: the file's central-secondments and total rows are not forces. */
	private Map<String, Workforce> workforce() {
		Map<String, Workforce> byCode = new HashMap<>();
		for (Map<String, String> row : CsvTable.parse(text(workforce))) {
			byCode.put(row.get("code"),
					new Workforce(LocalDate.parse(row.get("as_at")), decimal(row.get("officers_fte")),
							decimal(row.get("police_staff_fte")), decimal(row.get("designated_officers_fte")),
							decimal(row.get("staff_plus_designated_fte")), decimal(row.get("pcso_fte")),
							row.get("special_constables_headcount").isBlank() ? null
									: Integer.valueOf(row.get("special_constables_headcount"))));
		}
		return byCode;
	}

	private static BigDecimal decimal(String cell) {
		return cell.isBlank() ? null : new BigDecimal(cell);
	}

	private static String blankToNull(String cell) {
		return cell == null || cell.isBlank() ? null : cell;
	}

	private static String text(byte[] file) {
		return new String(file, StandardCharsets.UTF_8);
	}

	private static byte[] resource(String name) {
		try (InputStream in = ReferenceFiles.class.getResourceAsStream("/reference/" + name)) {
			if (in == null) {
				throw new IllegalStateException("The bundled reference file " + name + " is missing");
			}
			return in.readAllBytes();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

}
