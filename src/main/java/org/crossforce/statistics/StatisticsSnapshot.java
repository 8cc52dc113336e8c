package org.crossforce.statistics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One protected live table as it stood when it was taken, to be kept as evidence: printed cells only ("1,234",
 * "[c]"), so that keeping it can never reveal more than the public pages did, and nothing in it changes when the live
 * figures do.
 *
 * @param title what the table shows, with its period
 * @param source where the figures come from (the service's own cases, with disclosure control)
 * @param period the period covered, in words
 * @param producedAt when the figures were read from the service's cases
 * @param query how to ask for the same table again: the statistics API's query string
 * @param rows every force, then every region, then England and Wales: code, name, area type, count, rate
 * @param notes the workforce basis, the disclosure rule, the symbols, and that synthetic cases were counted if so
 * @param includesSynthetic whether synthetic demonstration cases were counted
 */
public record StatisticsSnapshot(String title, String source, String period, Instant producedAt, String query,
		List<String> columnHeadings, List<List<String>> rows, List<String> notes, boolean includesSynthetic) {

	public StatisticsSnapshot {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(producedAt, "producedAt");
		Objects.requireNonNull(query, "query");
		columnHeadings = List.copyOf(columnHeadings);
		rows = rows.stream().map(List::copyOf).toList();
		notes = List.copyOf(notes);
	}

}
