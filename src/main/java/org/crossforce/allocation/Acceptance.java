package org.crossforce.allocation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Whether the investigating force has accepted the case, and by when it must.
 *
 * @param overdue not accepted and past {@code dueOn}: escalated to the IOPC and administrators
 * @param escalatedAt when the IOPC and administrators were told it is overdue, or null if not (yet)
 */
public record Acceptance(String reference, String investigatingForce, LocalDate dueOn, Instant acceptedAt,
		String acceptedBy, boolean overdue, Instant escalatedAt) {
}
