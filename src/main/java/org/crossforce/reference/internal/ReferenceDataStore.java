package org.crossforce.reference.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.reference.Force;
import org.crossforce.reference.ForceKind;
import org.crossforce.reference.ForceMap;
import org.crossforce.reference.ForceOutline;
import org.crossforce.reference.Workforce;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the reference tables, which {@link ReferenceDataLoader} has brought up to date before this bean exists. */
@Component
public class ReferenceDataStore {

	private final JdbcClient jdbc;

	/** Takes the loader only so that Spring creates, and so runs, it first. */
	ReferenceDataStore(JdbcClient jdbc, ReferenceDataLoader loaded) {
		this.jdbc = jdbc;
	}

	/** Every force in the order of the bundled file, each with its neighbours (sorted codes) and workforce. */
	public List<Force> forces() {
		Map<String, List<String>> neighbours = new HashMap<>();
		jdbc.sql("select force_code, neighbour_code from police_force_neighbour order by force_code, neighbour_code")
			.query((ResultSet rs) -> {
				neighbours.computeIfAbsent(rs.getString("force_code"), code -> new ArrayList<>())
					.add(rs.getString("neighbour_code"));
			});
		return jdbc.sql("""
				select f.code, f.name, f.ons_code, f.region, f.kind, f.country, w.as_at, w.officers_fte,
				       w.police_staff_fte, w.designated_officers_fte, w.staff_plus_designated_fte, w.pcso_fte,
				       w.special_constables_headcount
				from police_force f left join police_force_workforce w on w.force_code = f.code
				order by f.sort_order""")
			.query((rs, row) -> new Force(rs.getString("code"), rs.getString("name"), rs.getString("ons_code"),
					rs.getString("region"), ForceKind.fromCode(rs.getString("kind")), rs.getString("country"),
					neighbours.getOrDefault(rs.getString("code"), List.of()), workforce(rs)))
			.list();
	}

	public ForceMap map() {
		String viewBox = jdbc.sql("select map_view_box from reference_data_version where id = 1")
			.query(String.class)
			.single();
		List<ForceOutline> outlines = jdbc.sql("""
				select f.code, f.name, o.svg_path
				from police_force_outline o join police_force f on f.code = o.force_code
				order by f.sort_order""")
			.query((rs, row) -> new ForceOutline(rs.getString("code"), rs.getString("name"), rs.getString("svg_path")))
			.list();
		return new ForceMap(viewBox, outlines);
	}

	private static Workforce workforce(ResultSet rs) throws SQLException {
		if (rs.getDate("as_at") == null) {
			return null;
		}
		return new Workforce(rs.getDate("as_at").toLocalDate(), rs.getBigDecimal("officers_fte"),
				rs.getBigDecimal("police_staff_fte"), rs.getBigDecimal("designated_officers_fte"),
				rs.getBigDecimal("staff_plus_designated_fte"), rs.getBigDecimal("pcso_fte"),
				rs.getObject("special_constables_headcount", Integer.class));
	}

}
