package org.crossforce.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;

/**
 * A force with no conflict that can be reached from the incident force area, with what ranks it: distance, then
 * open allocations per 1,000 workforce, then code (DESIGN.md, "The core rule", step 2).
 *
 * @param rate open allocations per 1,000 workforce (FTE), rounded to 4 decimal places; null when the force has no
 * workforce figure
 */
record Candidate(String force, int distance, BigDecimal rate) {

	/**
	 * Rates are compared as rounded, so that the figures staff see are the figures that decided: two forces shown
	 * with the same rate were tied, and the code decided between them. Four places of a rate per 1,000 is a
	 * difference of one case in ten million staff, so rounding never hides a real difference in workload.
	 */
	static final int RATE_SCALE = 4;

	/**
	 * A force without a workforce figure ranks after every force with one at the same distance: its workload cannot
	 * be shown to be lighter, and ranking it first (as a rate of zero would) would send it every tied case. Only the
	 * Ministry of Defence Police and the Civil Nuclear Constabulary lack figures, and they have no area to be near.
	 */
	static final Comparator<Candidate> RANKING = Comparator.comparingInt(Candidate::distance)
		.thenComparing(Candidate::rate, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Candidate::force);

	static Candidate of(String force, AllocationContext context) {
		return new Candidate(force, context.distanceTo(force),
				rate(context.open(force), context.workforceFte().get(force)));
	}

	static BigDecimal rate(int open, BigDecimal totalFte) {
		if (totalFte == null || totalFte.signum() <= 0) {
			return null;
		}
		return BigDecimal.valueOf(open).multiply(BigDecimal.valueOf(1000)).divide(totalFte, RATE_SCALE,
				RoundingMode.HALF_UP);
	}

	boolean sameRateAs(Candidate other) {
		return rate == null ? other.rate == null : other.rate != null && rate.compareTo(other.rate) == 0;
	}

}
