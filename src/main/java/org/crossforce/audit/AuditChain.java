package org.crossforce.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the audit chain from the stored entries, streaming them in order so a long log needs little memory.
 */
@Service
public class AuditChain {

	private final JdbcClient jdbc;

	public AuditChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public AuditVerification verify() {
		Walk walk = new Walk();
		jdbc.sql("select * from audit_entry order by sequence").query((RowCallbackHandler) walk::visit);
		var head = jdbc.sql("select last_sequence, last_hash from audit_chain_head where id = 1")
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		long lastSequence = (Long) head[0];
		if (walk.firstBroken == null && (walk.expectedSequence - 1 != lastSequence
				|| !walk.previousHash.equals(head[1]))) {
			// Entries are missing from the end: the chain stops before the recorded head.
			walk.firstBroken = walk.expectedSequence;
		}
		return new AuditVerification(walk.firstBroken == null, walk.entries, walk.firstBroken);
	}

	private static final class Walk {

		long expectedSequence = 1;

		String previousHash = AuditLog.GENESIS;

		long entries;

		Long firstBroken;

		void visit(ResultSet rs) throws SQLException {
			entries++;
			if (firstBroken != null) {
				return;
			}
			AuditEntry entry = new AuditEntry(rs.getLong("sequence"),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("subject"), rs.getString("detail"),
					rs.getString("previous_hash"), rs.getString("entry_hash"));
			if (entry.sequence() != expectedSequence) {
				firstBroken = expectedSequence;
			}
			else if (!entry.previousHash().equals(previousHash) || !AuditLog.hashOf(entry).equals(entry.entryHash())) {
				firstBroken = entry.sequence();
			}
			previousHash = entry.entryHash();
			expectedSequence++;
		}

	}

}
