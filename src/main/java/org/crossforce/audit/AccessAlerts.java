package org.crossforce.audit;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts for refused access by conflicted users. Raising one also writes the refusal to the audit log, in a
 * transaction of its own: the refusal is recorded even though the request that caused it fails.
 */
@Service
public class AccessAlerts {

	private final JdbcClient jdbc;

	private final AuditLog log;

	AccessAlerts(JdbcClient jdbc, AuditLog log) {
		this.jdbc = jdbc;
		this.log = log;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public AccessAlert raise(String actor, String organisation, String subject, String resource, String reason) {
		AuditEntry entry = log.record(actor, "access.refused.conflicted", subject,
				"resource=" + resource + ", organisation=" + organisation + ", reason=" + reason);
		jdbc.sql("""
				insert into access_alert (raised_at, actor, organisation, subject, resource, reason, audit_sequence)
				values (:at, :actor, :organisation, :subject, :resource, :reason, :sequence)
				""")
			.param("at", Timestamp.from(entry.recordedAt()))
			.param("actor", entry.actor())
			.param("organisation", organisation)
			.param("subject", subject)
			.param("resource", resource)
			.param("reason", reason)
			.param("sequence", entry.sequence())
			.update();
		return recent(1).get(0);
	}

	@Transactional(readOnly = true)
	public List<AccessAlert> recent(int limit) {
		return jdbc.sql("select * from access_alert order by id desc limit :limit")
			.param("limit", limit)
			.query((rs, row) -> new AccessAlert(rs.getLong("id"), rs.getTimestamp("raised_at").toInstant(),
					rs.getString("actor"), rs.getString("organisation"), rs.getString("subject"),
					rs.getString("resource"), rs.getString("reason"), rs.getLong("audit_sequence")))
			.list();
	}

}
