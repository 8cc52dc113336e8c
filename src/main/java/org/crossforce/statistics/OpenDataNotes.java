package org.crossforce.statistics;

import java.util.List;
import java.util.Objects;

/**
 * What a reader needs to use the tables correctly, in the words the page resolved from the messages: the title; an
 * "about" section holding at least the source, the period covered and when the figures were produced; the
 * definition of each measure; and the legend of the symbols that stand in for figures.
 */
public record OpenDataNotes(String title, Section about, Section definitions, Section legend) {

	public OpenDataNotes {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(about, "about");
		Objects.requireNonNull(definitions, "definitions");
		Objects.requireNonNull(legend, "legend");
	}

	/** A heading and the notes under it. */
	public record Section(String heading, List<Note> notes) {

		public Section {
			Objects.requireNonNull(heading, "heading");
			notes = List.copyOf(notes);
		}

	}

	/** A term and what it means, such as "Source" and where the figures came from, or "[c]" and what it stands for. */
	public record Note(String term, String description) {

		public Note {
			Objects.requireNonNull(term, "term");
			Objects.requireNonNull(description, "description");
		}

	}

}
