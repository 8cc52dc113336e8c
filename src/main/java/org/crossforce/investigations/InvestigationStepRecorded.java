package org.crossforce.investigations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A step has been recorded on a case. Carries no reason, offence group or name of who recorded it: published events
 * are kept in the outbox table, and what listens (national statistics) needs only what happened and when.
 *
 * @param occurredOn the day the step happened, as the force recorded it
 * @param recordedAt when it was recorded
 */
public record InvestigationStepRecorded(String reference, Step step, LocalDate occurredOn, Instant recordedAt) {
}
