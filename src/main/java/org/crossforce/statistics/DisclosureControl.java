package org.crossforce.statistics;

import org.crossforce.statistics.internal.SuppressionPattern;

/**
 * Disclosure control for published counts of live cases: small counts are shown as {@code [c]}, and so is any other
 * cell that would let a reader work one out, from a single total or by combining totals across every table in the
 * publication.
 * <p>
 * First each count from {@value #SMALLEST_SUPPRESSED} to {@value #LARGEST_SUPPRESSED} is suppressed, totals
 * included (primary suppression). Then, until nothing changes, every line with exactly one hidden cell has another
 * cell hidden. Last, an exact check solves the whole set of lines in whole numbers; while it can still pin down a
 * suppressed cell, one more cell near it is hidden and the check runs again. Zero is shown: that no report was made
 * reveals nothing about a person.
 */
public final class DisclosureControl {

	/**
	 * Counts from 1 to 4 are suppressed: the service's disclosure rule, following the GSS guidance on the
	 * presentation of suppressed figures (Government Statistical Service, "Symbols in tables, definitions and
	 * help").
	 */
	public static final long SMALLEST_SUPPRESSED = 1;

	/** See {@link #SMALLEST_SUPPRESSED}. */
	public static final long LARGEST_SUPPRESSED = 4;

	private DisclosureControl() {
	}

	/**
	 * The publication as it may be shown.
	 * @throws IllegalStateException when the lines themselves pin a small count, whatever is hidden
	 */
	public static ProtectedPublication protect(Publication publication) {
		Disposition[] dispositions = SuppressionPattern.protect(publication.lineSystem(), publication.counts(),
				publication.counted(), publication.notAvailable(), SMALLEST_SUPPRESSED, LARGEST_SUPPRESSED);
		return new ProtectedPublication(publication, dispositions);
	}

}
