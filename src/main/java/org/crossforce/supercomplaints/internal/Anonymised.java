package org.crossforce.supercomplaints.internal;

import java.util.List;
import java.util.Objects;

/**
 * A case study after anonymising: the text with placeholders, how many identifiers of each kind were removed, and
 * what was left that may still identify someone. Nothing here holds a removed identifier, so it may be stored.
 *
 * @param text the anonymised text
 * @param removals how many were removed of each kind, in the order of {@link Removal.Kind}; none of a kind is left out
 * @param warnings what the author should check, in the order it appears in the text
 */
public record Anonymised(String text, List<Removal> removals, List<Warning> warnings) {

	public Anonymised {
		Objects.requireNonNull(text, "text");
		removals = List.copyOf(removals);
		warnings = List.copyOf(warnings);
	}

	/** How many identifiers of this kind were removed; 0 when none were. */
	public int removed(Removal.Kind kind) {
		return removals.stream().filter(removal -> removal.kind() == kind).mapToInt(Removal::count).sum();
	}

}
