package org.crossforce.audit;

import java.time.Instant;

/** One entry of the audit log, as stored. */
public record AuditEntry(long sequence, Instant recordedAt, String actor, String action, String subject,
		String detail, String previousHash, String entryHash) {
}
