package org.crossforce.statistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import org.crossforce.statistics.CaseSelection;
import org.crossforce.statistics.Grouping;
import org.crossforce.statistics.Measure;
import org.crossforce.statistics.ProtectedPublication;
import org.crossforce.statistics.Symbol;

/**
 * The national tables of one period after disclosure control: what may be shown for each measure and area.
 *
 * @param financialYear the year of the April that starts it, or null for every year
 * @param producedAt when the figures were last read from the service's cases
 * @param areas every force, region and England and Wales, in table order
 */
record ProtectedTables(Integer financialYear, CaseSelection selection, boolean includesSynthetic, Instant producedAt,
		ProtectedPublication publication, List<AreaFigures> areas) {

	/** Rates are per this many of the workforce. */
	static final long RATE_PER = 1000;

	/**
	 * A median of fewer values than this is not shown: with so few cases it would be close to saying how long one
	 * of them took, the same reason counts from 1 to 4 are hidden.
	 */
	static final long SMALLEST_MEDIAN_BASE = 5;

	ProtectedTables {
		areas = List.copyOf(areas);
	}

	ProtectedTables checkedAt(Instant now) {
		return new ProtectedTables(financialYear, selection, includesSynthetic, now, publication, areas);
	}

	List<AreaFigures> areas(Grouping grouping) {
		return areas.stream().filter(area -> area.grouping() == grouping).toList();
	}

	String key(Measure measure, AreaFigures area) {
		return Layout.key(measure, area.grouping(), area.code(), financialYear);
	}

	String text(Measure measure, AreaFigures area) {
		return publication.text(key(measure, area));
	}

	Symbol symbol(Measure measure, AreaFigures area) {
		return publication.symbol(key(measure, area));
	}

	OptionalLong shownCount(Measure measure, AreaFigures area) {
		return publication.shownCount(key(measure, area));
	}

	/**
	 * The count per 1,000 of the area's workforce (31 March 2018, full-time equivalent, Home Office), to one
	 * decimal place: the count's symbol when the count is hidden, else [x] when the workforce is not known.
	 */
	String ratePerThousandWorkforce(Measure measure, AreaFigures area) {
		String key = key(measure, area);
		if (publication.symbol(key) == null && area.workforceFte() == null) {
			return Symbol.NOT_AVAILABLE.shorthand();
		}
		return publication.rateText(key, area.workforceFte() == null ? BigDecimal.ONE : area.workforceFte(),
				RATE_PER, 1);
	}

	/**
	 * The median working days from report to first key decision, or null for [c]: shown only when the number of
	 * cases with a first decision in the area is itself shown (not suppressed) and is at least
	 * {@link #SMALLEST_MEDIAN_BASE}. A median of a hidden count would tell a reader the count was not zero; a median
	 * of one to four cases is close to one case's own figure.
	 */
	BigDecimal medianWorkingDaysToFirstDecision(AreaFigures area) {
		OptionalLong base = shownCount(Measure.FIRST_DECISION_TAKEN, area);
		if (base.isEmpty() || base.getAsLong() < SMALLEST_MEDIAN_BASE) {
			return null;
		}
		return area.medianWorkingDaysToFirstDecision();
	}

	/** The median as the tables print it: to one decimal place, or [c] where it is not shown. */
	String medianWorkingDaysToFirstDecisionText(AreaFigures area) {
		BigDecimal median = medianWorkingDaysToFirstDecision(area);
		return median == null ? Symbol.CONFIDENTIAL.shorthand()
				: median.setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	/** One area of the tables and what a rate or a median of it needs. */
	record AreaFigures(String code, String name, Grouping grouping, BigDecimal workforceFte,
			BigDecimal medianWorkingDaysToFirstDecision) {
	}

}
