package org.crossforce.investigations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An investigation's record: each step in order, the phase each track has reached, what may be recorded next, and
 * the Victims' Code duties with their deadlines. Overdue is worked out when asked, never stored.
 */
public record Timeline(String reference, List<RecordedStep> steps, List<String> phases, List<Step> allowedNext,
		List<Duty> duties) {

	public record RecordedStep(long id, Step step, LocalDate occurredOn, String reason, String offenceGroup,
			Instant recordedAt, String recordedBy) {
	}

	/** The duty to tell the victim of a key decision within one working day (England and Wales calendar). */
	public record Duty(long id, long stepId, Step decision, LocalDate dueOn, Instant toldAt, boolean overdue) {
	}

}
