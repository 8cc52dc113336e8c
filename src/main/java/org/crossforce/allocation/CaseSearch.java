package org.crossforce.allocation;

import java.time.Instant;
import java.util.List;

/**
 * Which allocated cases a list shows. Every field is a plain filter on allocation data, never case content.
 *
 * @param among only these cases (an advocate's organisation's, say), or null for any
 * @param investigatingForce only cases this force investigates, or null for every force
 * @param openOnly only cases still open
 * @param force only cases this force investigates or employs the accused in, or null
 * @param submittedFrom only cases submitted at or after this instant, or null
 * @param submittedBefore only cases submitted before this instant, or null
 */
public record CaseSearch(List<String> among, String investigatingForce, boolean openOnly, String force,
		Instant submittedFrom, Instant submittedBefore) {

	public CaseSearch {
		among = among == null ? null : List.copyOf(among);
	}

}
