package org.crossforce.statistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crossforce.statistics.CaseSelection;
import org.crossforce.statistics.Measure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The grouping queries over the fact table, by employing force: one row per force with every count, and per force
 * the distinct working-day values with how many cases have each, from which medians are taken without reading
 * cases.
 */
@Repository
public class FactQueries {

	private static final String COUNTS = """
			select employing_force,
			  count(*) as reports,
			  sum(case when crime_recorded = true then 1 else 0 end) as recorded_as_crime,
			  sum(case when crime_recorded = false then 1 else 0 end) as recorded_as_incident_only,
			  sum(case when investigating_force <> employing_force then 1 else 0 end) as investigated_by_another_force,
			  sum(case when investigating_force = employing_force then 1 else 0 end) as investigated_by_employing_force,
			  sum(case when referred_to_iopc then 1 else 0 end) as referred_to_iopc,
			  sum(case when charged then 1 else 0 end) as charged,
			  sum(case when convicted = true then 1 else 0 end) as convicted,
			  sum(case when no_further_action then 1 else 0 end) as no_further_action,
			  sum(case when misconduct_proven then 1 else 0 end) as misconduct_proven,
			  sum(case when dismissed then 1 else 0 end) as dismissed,
			  sum(case when barred_list then 1 else 0 end) as barred_list,
			  sum(case when first_decision_on is not null then 1 else 0 end) as first_decision_taken,
			  sum(duties_due) as victims_code_duties_due,
			  sum(duties_met_on_time) as victims_code_duties_met_on_time,
			  sum(case when synthetic then 1 else 0 end) as synthetic
			from statistics_case""";

	private final JdbcClient jdbc;

	FactQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every measure by employing force, for forces with at least one case. */
	public List<ForceCounts> countsByForce(Integer financialYear, CaseSelection selection) {
		return filtered(COUNTS, financialYear, selection, " group by employing_force")
			.query(FactQueries::forceCounts)
			.list();
	}

	/** By employing force: working days to the first decision → how many cases took that many. */
	public Map<String, Map<Integer, Long>> firstDecisionDaysByForce(Integer financialYear, CaseSelection selection) {
		Map<String, Map<Integer, Long>> byForce = new TreeMap<>();
		filtered("select employing_force, first_decision_working_days, count(*) from statistics_case", financialYear,
				selection, " and first_decision_working_days is not null group by employing_force, first_decision_working_days")
			.query((ResultSet rs) -> {
				byForce.computeIfAbsent(rs.getString(1), force -> new TreeMap<>()).put(rs.getInt(2), rs.getLong(3));
			});
		return byForce;
	}

	/** The financial years with at least one case, earliest first. */
	public List<Integer> financialYears(CaseSelection selection) {
		return filtered("select distinct financial_year from statistics_case", null, selection,
				" order by financial_year")
			.query(Integer.class)
			.list();
	}

	private JdbcClient.StatementSpec filtered(String select, Integer financialYear, CaseSelection selection,
			String rest) {
		String where = " where financial_year is not null"
				+ (selection == CaseSelection.REAL_ONLY ? " and synthetic = false" : "")
				+ (financialYear == null ? "" : " and financial_year = :year");
		JdbcClient.StatementSpec statement = jdbc.sql(select + where + rest);
		return financialYear == null ? statement : statement.param("year", financialYear);
	}

	private static ForceCounts forceCounts(ResultSet rs, int row) throws SQLException {
		Map<Measure, Long> counts = new EnumMap<>(Measure.class);
		for (Measure measure : Measure.values()) {
			counts.put(measure, rs.getLong(measure.name().toLowerCase()));
		}
		return new ForceCounts(rs.getString("employing_force"), counts, rs.getLong("synthetic"));
	}

	/** One employing force's counts, and how many of its cases counted were synthetic. */
	public record ForceCounts(String force, Map<Measure, Long> counts, long synthetic) {
	}

}
