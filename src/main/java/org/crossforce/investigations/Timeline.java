package org.crossforce.investigations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An investigation's record: each step in order, the phase each track has reached, what may be recorded next, the
 * Victims' Code duties with their deadlines, and who investigates and supervises the case. Overdue is worked out when
 * asked, never stored.
 *
 * @param assignment the investigator and supervisor, or null when none is assigned yet (and always null in the
 * victim's own view, which names no member of staff)
 */
public record Timeline(String reference, List<RecordedStep> steps, List<String> phases, List<Step> allowedNext,
		List<Duty> duties, Assignment assignment) {

	public record RecordedStep(long id, Step step, LocalDate occurredOn, String reason, String offenceGroup,
			Instant recordedAt, String recordedBy) {
	}

	/**
	 * A Victims' Code duty, with its deadline on the England and Wales calendar.
	 *
	 * @param decision the step that started the duty: the key decision to tell, or the request for a review
	 * @param toldAt when the duty was done (the victim told, or the acknowledgement or review decision recorded), or
	 * null while it is open
	 * @param kind what the duty asks: tell the victim, acknowledge a review request, or decide the review
	 * @param startedOn the day the clock started (the day of the step); it does not count as a working day
	 * @param explanation how the deadline was worked out, in words a person can check against a calendar
	 */
	public record Duty(long id, long stepId, Step decision, LocalDate dueOn, Instant toldAt, boolean overdue,
			DutyKind kind, LocalDate startedOn, String explanation) {

		public boolean open() {
			return toldAt == null;
		}

	}

	/** Who investigates the case and who supervises them, and who named them when. */
	public record Assignment(String investigator, String supervisor, String assignedBy, Instant assignedAt) {
	}

}
