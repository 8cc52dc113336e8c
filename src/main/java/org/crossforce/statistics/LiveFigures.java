package org.crossforce.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Figures from the service's own cases for one financial year, or every year when {@code financialYear} is null.
 *
 * @param includesSynthetic whether any synthetic case was counted, for pages to say so
 */
public record LiveFigures(Grouping grouping, Integer financialYear, CaseSelection selection, boolean includesSynthetic,
		List<Area> areas) {

	public LiveFigures {
		areas = List.copyOf(areas);
	}

	/**
	 * One area's counts, every measure present (0 when none).
	 *
	 * @param code the force code, a region's name in lower case with hyphens, or {@code england-and-wales}
	 * @param medianWorkingDaysToFirstDecision England and Wales working days from report to first key decision,
	 * null when no case has had one
	 */
	public record Area(String code, String name, Integer financialYear, Map<Measure, Long> counts,
			BigDecimal medianWorkingDaysToFirstDecision) {

		public Area {
			counts = Map.copyOf(counts);
		}

		public long count(Measure measure) {
			return counts.getOrDefault(measure, 0L);
		}

	}

}
