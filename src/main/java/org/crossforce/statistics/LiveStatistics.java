package org.crossforce.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.statistics.internal.FactQueries;
import org.crossforce.statistics.internal.FactQueries.ForceCounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * National figures from the service's own cases, as they stand: counted by the database in one grouping query by
 * employing force, then added up into regions and England and Wales (at most 46 rows, never a case). Medians are
 * taken from each force's working-day values and their counts, merged for the larger areas.
 */
@Service
public class LiveStatistics {

	public static final String ENGLAND_AND_WALES_CODE = "england-and-wales";

	private static final String ENGLAND_AND_WALES_NAME = "England and Wales";

	private final FactQueries queries;

	private final Forces forces;

	LiveStatistics(FactQueries queries, Forces forces) {
		this.queries = queries;
		this.forces = forces;
	}

	/**
	 * Every area of the grouping, with zeros where no case was reported: every force in ONS code order, every region
	 * in the order its first force comes, or England and Wales alone.
	 *
	 * @param financialYear the year of the April that starts it (2024 for 2024-25), or null for every year
	 */
	@Transactional(readOnly = true)
	public LiveFigures figures(Integer financialYear, Grouping grouping, CaseSelection selection) {
		return figures(financialYear, selection).get(grouping);
	}

	/** Every grouping of the period from one reading of the counts (two grouping queries in all). */
	@Transactional(readOnly = true)
	public Map<Grouping, LiveFigures> figures(Integer financialYear, CaseSelection selection) {
		List<ForceCounts> counted = queries.countsByForce(financialYear, selection);
		Map<String, Map<Integer, Long>> days = queries.firstDecisionDaysByForce(financialYear, selection);
		Map<Grouping, LiveFigures> figures = new EnumMap<>(Grouping.class);
		for (Grouping grouping : Grouping.values()) {
			figures.put(grouping, grouped(counted, days, financialYear, grouping, selection));
		}
		return figures;
	}

	/**
	 * The counts of each force with a case in the period, and nothing else: the one query that tells whether any
	 * figure has changed.
	 */
	@Transactional(readOnly = true)
	public Map<String, Map<Measure, Long>> countsByForce(Integer financialYear, CaseSelection selection) {
		Map<String, Map<Measure, Long>> counts = new LinkedHashMap<>();
		queries.countsByForce(financialYear, selection).forEach(force -> counts.put(force.force(), force.counts()));
		return counts;
	}

	private LiveFigures grouped(List<ForceCounts> counted, Map<String, Map<Integer, Long>> days,
			Integer financialYear, Grouping grouping, CaseSelection selection) {
		Map<String, Accumulated> areas = new LinkedHashMap<>();
		for (Force force : forces.all()) {
			areas.computeIfAbsent(areaCode(force.code(), grouping), code -> new Accumulated(areaName(force, grouping)));
		}
		for (ForceCounts force : counted) {
			Accumulated area = areas.computeIfAbsent(areaCode(force.force(), grouping),
					code -> new Accumulated(force.force()));
			force.counts().forEach((measure, count) -> area.counts.merge(measure, count, Long::sum));
			area.synthetic += force.synthetic();
		}
		days.forEach((force, histogram) -> {
			Accumulated area = areas.get(areaCode(force, grouping));
			histogram.forEach((value, count) -> area.days.merge(value, count, Long::sum));
		});
		List<LiveFigures.Area> result = new ArrayList<>();
		areas.forEach((code, area) -> result
			.add(new LiveFigures.Area(code, area.name, financialYear, area.counts, median(area.days))));
		boolean synthetic = areas.values().stream().anyMatch(area -> area.synthetic > 0);
		return new LiveFigures(grouping, financialYear, selection, synthetic, result);
	}

	/** The financial years with at least one case, earliest first. */
	@Transactional(readOnly = true)
	public List<Integer> financialYears(CaseSelection selection) {
		return queries.financialYears(selection);
	}

	private String areaCode(String forceCode, Grouping grouping) {
		return switch (grouping) {
			case FORCE -> forceCode;
			case REGION -> forces.find(forceCode).map(force -> regionCode(force.region())).orElse(forceCode);
			case ENGLAND_AND_WALES -> ENGLAND_AND_WALES_CODE;
		};
	}

	/** A region's code: its name in lower case with hyphens, "Great Britain (national)" → great-britain-national. */
	public static String regionCode(String region) {
		return region.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
	}

	private static String areaName(Force force, Grouping grouping) {
		return switch (grouping) {
			case FORCE -> force.name();
			case REGION -> force.region();
			case ENGLAND_AND_WALES -> ENGLAND_AND_WALES_NAME;
		};
	}

	/** The middle value, or the mean of the two middle values when the count is even; null for no values. */
	static BigDecimal median(TreeMap<Integer, Long> histogram) {
		long total = histogram.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return null;
		}
		Integer lower = valueAt(histogram, (total - 1) / 2);
		Integer upper = valueAt(histogram, total / 2);
		return BigDecimal.valueOf(lower + (long) upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
	}

	/** The value at a 0-based position in the sorted values the histogram counts. */
	private static Integer valueAt(TreeMap<Integer, Long> histogram, long position) {
		long seen = 0;
		for (Map.Entry<Integer, Long> entry : histogram.entrySet()) {
			seen += entry.getValue();
			if (position < seen) {
				return entry.getKey();
			}
		}
		throw new IllegalStateException("Position beyond the values counted");
	}

	private static final class Accumulated {

		private final String name;

		private final Map<Measure, Long> counts = new EnumMap<>(Measure.class);

		private final TreeMap<Integer, Long> days = new TreeMap<>();

		private long synthetic;

		private Accumulated(String name) {
			this.name = name;
			for (Measure measure : Measure.values()) {
				counts.put(measure, 0L);
			}
		}

	}

}
