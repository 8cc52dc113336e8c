package org.crossforce.supercomplaints.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything an evidence pack prints, taken from one version of a draft: the same version always gives the same
 * content, so nothing here may be read from the clock or from live data when the pack is made.
 *
 * @param title the super-complaint's title
 * @param bodyName the designated body submitting it
 * @param version the draft's version number, from 1
 * @param versionSavedAt when that version was saved (printed, and used as the PDF's dates)
 * @param feature the feature, or combination of features, of policing complained of
 * @param harm how it is, or appears to be, significantly harming the interests of the public
 * @param forces the forces named, by name; empty when the complaint is about every force
 * @param evidence the evidence items, in the order the author put them; printed numbered from 1
 */
public record PackContent(String title, String bodyName, int version, Instant versionSavedAt, String feature,
		String harm, List<String> forces, List<Evidence> evidence) {

	public PackContent {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(bodyName, "bodyName");
		Objects.requireNonNull(versionSavedAt, "versionSavedAt");
		feature = Objects.requireNonNullElse(feature, "");
		harm = Objects.requireNonNullElse(harm, "");
		forces = List.copyOf(forces);
		evidence = List.copyOf(evidence);
	}

	/** One numbered item of evidence, with where it came from. */
	public sealed interface Evidence permits FrozenTable, CaseStudy {

		String title();

		/** Where the figures or the account came from, as the pack's list of sources prints it. */
		String source();

	}

	/**
	 * A table frozen when it was added: from the service's statistics or from an FOI campaign's dataset. Cells are
	 * as printed ("1,234", "[c]"). {@code query} says how it was made (the measure, grouping and period asked for, or
	 * the campaign and its dimensions), so a reader can make it again.
	 *
	 * @param chart whether the pack should draw the table's last column as a bar chart beside the table
	 */
	public record FrozenTable(String title, String source, String period, Instant producedAt, String query,
			List<String> columnHeadings, List<List<String>> rows, List<String> notes, boolean chart)
			implements Evidence {

		public FrozenTable {
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(source, "source");
			columnHeadings = List.copyOf(columnHeadings);
			rows = rows.stream().map(List::copyOf).toList();
			notes = List.copyOf(notes);
		}

	}

	/** An anonymised account, as its author last edited it after the service stripped what could identify. */
	public record CaseStudy(String title, String source, String text) implements Evidence {

		public CaseStudy {
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(source, "source");
			Objects.requireNonNull(text, "text");
		}

	}

}
