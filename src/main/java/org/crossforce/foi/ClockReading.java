package org.crossforce.foi;

import java.time.LocalDate;
import java.util.List;

/**
 * What the FOI clock says about a request on a given day. Overdue and very overdue are worked out here, never stored.
 *
 * @param state the request's state
 * @param dueDate the day by which the authority owes its response or internal review; null when it owes nothing (not
 * sent, waiting for our clarification, answered, withdrawn)
 * @param veryOverdueAfter past this day the request is very overdue: 20 working days beyond {@code dueDate}, which is
 * 40 working days after receipt for an unextended request and the 40-day maximum for an internal review
 * @param workingDaysOverdue working days past {@code dueDate}, 0 when not overdue
 * @param explanation how {@code dueDate} was worked out, or why there is none, in words a person can check
 * @param actBy the last day for our next step (asking for an internal review, complaining to the ICO), if any
 * @param actByExplanation where {@code actBy} comes from
 * @param answer the authority's first answer to the request, for compliance figures; null until it answers
 * @param warnings what deserves a second look, such as an extension longer than 20 working days
 */
public record ClockReading(FoiState state, LocalDate dueDate, LocalDate veryOverdueAfter, boolean overdue,
		boolean veryOverdue, int workingDaysOverdue, String explanation, LocalDate actBy, String actByExplanation,
		Answer answer, List<String> warnings) {

	public ClockReading {
		warnings = List.copyOf(warnings);
	}

	/**
	 * The authority's first answer to the request.
	 *
	 * @param dueDate the deadline it had, extensions included
	 * @param workingDaysTaken working days from the clock's (last) start to the answer
	 */
	public record Answer(FoiState state, LocalDate answeredOn, LocalDate dueDate, int workingDaysTaken,
			boolean onTime) {
	}

}
