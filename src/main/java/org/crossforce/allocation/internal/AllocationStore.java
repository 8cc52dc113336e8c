package org.crossforce.allocation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.crossforce.allocation.AllocationDecision;
import org.crossforce.allocation.AllocationRequest;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.allocation.CaseListing;
import org.crossforce.allocation.CaseSearch;
import org.crossforce.allocation.ComplaintOrConduct;
import org.crossforce.allocation.ConsideredForce;
import org.crossforce.allocation.IopcReferral;
import org.crossforce.allocation.Reason;
import org.crossforce.allocation.ReferralAssessment;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The allocation module's tables. Reasons are stored as JSON: message codes and arguments, rendered when shown. */
@Repository
public class AllocationStore {

	private static final TypeReference<List<ConsideredForce>> CONSIDERED = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	/** Rates are decimals in reasons; reading them back as BigDecimal keeps them exactly as decided. */
	private final JsonMapper json;

	AllocationStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
	}

	public boolean exists(String reference) {
		return jdbc.sql("select count(*) from allocation where reference = :r")
			.param("r", reference)
			.query(Long.class)
			.single() > 0;
	}

	public void insert(String reference, AllocationRequest request, AllocationDecision decision,
			ComplaintOrConduct classification, Instant submittedAt, Instant at) {
		jdbc.sql("""
				insert into allocation (reference, employing_force, previous_forces, incident_force, victim_force,
				  investigating_force, distance, considered, conflicted_forces, classification, classification_reason,
				  submitted_at, decided_at, decided_by)
				values (:reference, :employing, :previous, :incident, :victim, :investigating, :distance, :considered,
				  :conflicted, :classification, :classificationReason, :submitted, :at, :by)
				""")
			.param("reference", reference)
			.param("submitted", Timestamp.from(submittedAt))
			.param("employing", request.employingForce())
			.param("previous", String.join(",", request.previousForces()))
			.param("incident", request.incidentForce())
			.param("victim", request.victimForce())
			.param("investigating", decision.investigatingForce())
			.param("distance", decision.distance())
			.param("considered", json.writeValueAsString(decision.considered()))
			.param("conflicted", conflicted(decision))
			.param("classification", classification.kind().name())
			.param("classificationReason", json.writeValueAsString(classification.reason()))
			.param("at", Timestamp.from(at))
			.param("by", CaseAllocation.BY_RULE)
			.update();
	}

	/** Replaces the current decision, keeping the one it replaces in the history. */
	public void replace(String reference, AllocationDecision decision, String by, String reason, Instant at) {
		jdbc.sql("""
				insert into allocation_history (reference, investigating_force, distance, considered, decided_at,
				  decided_by, override_reason)
				select reference, investigating_force, distance, considered, decided_at, decided_by, override_reason
				from allocation where reference = :reference
				""").param("reference", reference).update();
		jdbc.sql("""
				update allocation set investigating_force = :investigating, distance = :distance,
				  considered = :considered, conflicted_forces = :conflicted, decided_at = :at, decided_by = :by,
				  override_reason = :reason
				where reference = :reference
				""")
			.param("investigating", decision.investigatingForce())
			.param("distance", decision.distance())
			.param("considered", json.writeValueAsString(decision.considered()))
			.param("conflicted", conflicted(decision))
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("reason", reason)
			.param("reference", reference)
			.update();
	}

	public Optional<CaseAllocation> find(String reference) {
		return jdbc.sql("select * from allocation where reference = :r")
			.param("r", reference)
			.query((RowMapper<CaseAllocation>) this::allocation)
			.optional();
	}

	public Optional<AllocationRequest> request(String reference) {
		return jdbc.sql("select employing_force, previous_forces, incident_force, victim_force from allocation "
				+ "where reference = :r")
			.param("r", reference)
			.query((rs, row) -> new AllocationRequest(rs.getString(1), split(rs.getString(2)), rs.getString(3),
					rs.getString(4), List.of()))
			.optional();
	}

	/** The investigating force of each allocated case among the references, in one query. */
	public Map<String, String> investigatingForces(Collection<String> references) {
		Map<String, String> forces = new HashMap<>();
		if (references.isEmpty()) {
			return forces;
		}
		jdbc.sql("select reference, investigating_force from allocation where reference in (:references)")
			.param("references", references)
			.query((row, number) -> forces.put(row.getString(1), row.getString(2)))
			.list();
		return forces;
	}

	public List<String> investigatedBy(String force, int limit, int offset) {
		return jdbc.sql("""
				select reference from allocation where investigating_force = :force
				order by decided_at desc, reference limit :limit offset :offset
				""")
			.param("force", force)
			.param("limit", limit)
			.param("offset", offset)
			.query(String.class)
			.list();
	}

	public long countInvestigatedBy(String force) {
		return jdbc.sql("select count(*) from allocation where investigating_force = :force")
			.param("force", force)
			.query(Long.class)
			.single();
	}

	/** Cases matching a search, most recently submitted first. */
	public List<CaseListing> search(CaseSearch search, int limit, int offset) {
		StringBuilder sql = new StringBuilder("""
				select a.reference, a.submitted_at, a.investigating_force, a.employing_force, a.still_open,
				  coalesce(r.required, false) as required, r.mode
				from allocation a left join iopc_referral r on r.reference = a.reference
				""");
		Map<String, Object> params = new HashMap<>();
		where(search, sql, params);
		sql.append(" order by a.submitted_at desc, a.reference limit :limit offset :offset");
		params.put("limit", limit);
		params.put("offset", offset);
		return jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
			String mode = rs.getString("mode");
			return new CaseListing(rs.getString("reference"), rs.getTimestamp("submitted_at").toInstant(),
					rs.getString("investigating_force"), rs.getString("employing_force"), rs.getBoolean("still_open"),
					rs.getBoolean("required"), mode == null ? null : IopcReferral.Mode.valueOf(mode));
		}).list();
	}

	public long count(CaseSearch search) {
		StringBuilder sql = new StringBuilder("select count(*) from allocation a");
		Map<String, Object> params = new HashMap<>();
		where(search, sql, params);
		return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	private static void where(CaseSearch search, StringBuilder sql, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (search.among() != null) {
			// An empty list matches nothing; "in ()" is not SQL.
			conditions.add(search.among().isEmpty() ? "1 = 0" : "a.reference in (:among)");
			if (!search.among().isEmpty()) {
				params.put("among", search.among());
			}
		}
		if (search.investigatingForce() != null) {
			conditions.add("a.investigating_force = :investigating");
			params.put("investigating", search.investigatingForce());
		}
		if (search.openOnly()) {
			conditions.add("a.still_open");
		}
		if (search.force() != null) {
			conditions.add("(a.investigating_force = :force or a.employing_force = :force)");
			params.put("force", search.force());
		}
		if (search.submittedFrom() != null) {
			conditions.add("a.submitted_at >= :from");
			params.put("from", Timestamp.from(search.submittedFrom()));
		}
		if (search.submittedBefore() != null) {
			conditions.add("a.submitted_at < :before");
			params.put("before", Timestamp.from(search.submittedBefore()));
		}
		if (!conditions.isEmpty()) {
			sql.append(" where ").append(String.join(" and ", conditions));
		}
	}

	public List<String> employedBy(String force) {
		return jdbc.sql("select reference from allocation where employing_force = :force order by decided_at desc")
			.param("force", force)
			.query(String.class)
			.list();
	}

	/** Open allocations per force, for the tie-break. */
	public Map<String, Integer> openAllocations() {
		return jdbc.sql("select investigating_force, count(*) from allocation where still_open "
				+ "group by investigating_force")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public void insertReferral(String reference, ReferralAssessment assessment, Instant at) {
		jdbc.sql("""
				insert into iopc_referral (reference, required, assessment, assessed_at)
				values (:reference, :required, :assessment, :at)
				""")
			.param("reference", reference)
			.param("required", assessment.required())
			.param("assessment", json.writeValueAsString(assessment))
			.param("at", Timestamp.from(at))
			.update();
	}

	public Optional<IopcReferral> referral(String reference) {
		return jdbc.sql("select * from iopc_referral where reference = :r")
			.param("r", reference)
			.query((RowMapper<IopcReferral>) this::referral)
			.optional();
	}

	public List<IopcReferral> referralsRequired(int limit) {
		return jdbc.sql("select * from iopc_referral where required order by mode nulls first, assessed_at limit :l")
			.param("l", limit)
			.query((RowMapper<IopcReferral>) this::referral)
			.list();
	}

	public void recordMode(String reference, IopcReferral.Mode mode, String directedForce, String reason, String by,
			Instant at) {
		jdbc.sql("""
				update iopc_referral set mode = :mode, directed_force = :directed, mode_reason = :reason,
				  mode_decided_by = :by, mode_decided_at = :at
				where reference = :reference
				""")
			.param("mode", mode.name())
			.param("directed", directedForce)
			.param("reason", reason)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("reference", reference)
			.update();
	}

	private CaseAllocation allocation(ResultSet rs, int row) throws SQLException {
		return new CaseAllocation(rs.getString("reference"), rs.getString("employing_force"),
				rs.getString("incident_force"), rs.getString("investigating_force"), rs.getInt("distance"),
				json.readValue(rs.getString("considered"), CONSIDERED),
				new LinkedHashSet<>(split(rs.getString("conflicted_forces"))),
				new ComplaintOrConduct(ComplaintOrConduct.Kind.valueOf(rs.getString("classification")),
						json.readValue(rs.getString("classification_reason"), Reason.class)),
				rs.getTimestamp("decided_at").toInstant(), rs.getString("decided_by"), rs.getString("override_reason"));
	}

	private IopcReferral referral(ResultSet rs, int row) throws SQLException {
		String mode = rs.getString("mode");
		Timestamp decided = rs.getTimestamp("mode_decided_at");
		return new IopcReferral(rs.getString("reference"),
				json.readValue(rs.getString("assessment"), ReferralAssessment.class),
				rs.getTimestamp("assessed_at").toInstant(), mode == null ? null : IopcReferral.Mode.valueOf(mode),
				rs.getString("directed_force"), rs.getString("mode_reason"), rs.getString("mode_decided_by"),
				decided == null ? null : decided.toInstant());
	}

	private static String conflicted(AllocationDecision decision) {
		return String.join(",", decision.conflicted());
	}

	private static List<String> split(String joined) {
		return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
	}

}
