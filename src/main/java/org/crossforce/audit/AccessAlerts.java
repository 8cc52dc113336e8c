package org.crossforce.audit;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts for refused access by conflicted users. Raising one also writes the refusal to the audit log, in a
 * transaction of its own, so the refusal is recorded even though the request that caused it fails. Inside a
 * caller's transaction it is written once that transaction has ended, whichever way: never lost with a rollback,
 * and never waiting for an audit lock the caller itself holds.
 */
@Service
public class AccessAlerts {

	private final JdbcClient jdbc;

	private final AuditLog log;

	private final TransactionTemplate separately;

	AccessAlerts(JdbcClient jdbc, AuditLog log, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.log = log;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public void raise(String actor, String organisation, String subject, String resource, String reason) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					write(actor, organisation, subject, resource, reason);
				}
			});
		}
		else {
			write(actor, organisation, subject, resource, reason);
		}
	}

	private void write(String actor, String organisation, String subject, String resource, String reason) {
		separately.executeWithoutResult(transaction -> insert(actor, organisation, subject, resource, reason));
	}

	private void insert(String actor, String organisation, String subject, String resource, String reason) {
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
