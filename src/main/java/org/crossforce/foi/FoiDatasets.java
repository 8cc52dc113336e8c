package org.crossforce.foi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.crossforce.identity.SignedInUser;

/**
 * A campaign's dataset as a table, for other modules to quote (a super-complaint freezes one as evidence). Only the
 * campaigns of the user's own organisation are offered, and only those with a declared dataset.
 */
public interface FoiDatasets {

	/** A campaign the user may quote, with how many values its replies have given so far. */
	record CampaignChoice(long id, String title, int values) {
	}

	/**
	 * The dataset as it stands: one row per recorded value, the authority first, then each dimension, then the value
	 * as printed ("1,234", or "nil", "not held", "refused" for the answers that are not counts).
	 *
	 * @param query how the table was made (the campaign and its dimensions), so a reader can make it again
	 */
	record DatasetTable(long campaignId, String title, String source, String period, String query,
			List<String> columnHeadings, List<List<String>> rows) {

		public DatasetTable {
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(source, "source");
			columnHeadings = List.copyOf(columnHeadings);
			rows = rows.stream().map(List::copyOf).toList();
		}

	}

	/** The user's organisation's campaigns that declare a dataset, newest first; none for a user who runs none. */
	List<CampaignChoice> quotable(SignedInUser user);

	/** The campaign's table, or empty when there is no such campaign, it is another organisation's, or has no dataset. */
	Optional<DatasetTable> table(SignedInUser user, long campaignId);

}
