package org.crossforce.audit;

import java.time.Instant;

/**
 * A refused attempt that oversight must see: someone in a force with a conflict of interest tried to open a case.
 *
 * @param auditSequence the audit entry recording the refusal
 */
public record AccessAlert(long id, Instant raisedAt, String actor, String organisation, String subject,
		String resource, String reason, long auditSequence) {
}
