package org.crossforce.statistics.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.crossforce.reference.Forces;
import org.crossforce.statistics.CaseSelection;
import org.crossforce.statistics.DisclosureControl;
import org.crossforce.statistics.Grouping;
import org.crossforce.statistics.LiveFigures;
import org.crossforce.statistics.LiveStatistics;
import org.crossforce.statistics.Measure;
import org.crossforce.statistics.ProtectedPublication;
import org.crossforce.statistics.Publication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every measure for every force, region and England and Wales in one financial year (or every year), as one
 * publication protected by disclosure control, so that no table cut from it gives away a count another table hides.
 * <p>
 * Protecting a national set takes about a second, far too long for each request, so the protected tables are kept
 * per (financial year, selection). After {@code crossforce.statistics.recheck-after} (a minute) the live counts are read again with the one cheap
 * grouping query; only when they differ from the counts the kept tables were made from are the tables protected
 * again. The counts themselves are the fingerprint: the fact table has no last-changed column, and a case's
 * outcome flags change without changing {@code count(*)} or any key, so nothing cheaper catches every change.
 * Figures are therefore at most a minute old (plus the moment it takes to read them again: meanwhile, other
 * requests get the kept tables rather than wait), and however busy the API is the database is asked for the counts of
 * a period at most once a minute. The benchmark ({@code bench/}) sets it to zero to measure the grouping query on
 * every request. Periods are few (the API takes financial years from 2000 to 2100, or all), so what
 * is kept stays small.
 */
@Component
class StatisticsTables {

	private final LiveStatistics live;

	private final Forces forces;

	private final KeptValues<Period, Kept> kept;

	private final KeptValues<CaseSelection, List<Integer>> yearsWithCases;

	StatisticsTables(LiveStatistics live, Forces forces, Clock clock,
			@Value("${crossforce.statistics.recheck-after:60s}") Duration recheckAfter) {
		this.live = live;
		this.forces = forces;
		this.kept = new KeptValues<>(clock, recheckAfter);
		this.yearsWithCases = new KeptValues<>(clock, recheckAfter);
	}

	/** @param financialYear the year of the April that starts it, or null for every year */
	ProtectedTables tables(Integer financialYear, CaseSelection selection) {
		return this.kept.get(new Period(financialYear, selection), (previous, now) -> {
			Map<String, Map<Measure, Long>> counts = this.live.countsByForce(financialYear, selection);
			if (previous != null && previous.byForce.equals(counts)) {
				return new Kept(previous.byForce, previous.tables.checkedAt(now));
			}
			return new Kept(counts, build(this.live.figures(financialYear, selection), now));
		}).tables;
	}

	/**
	 * The financial years with a case, earliest first, kept like the tables: every page asks for them, and at a
	 * million cases reading them is a scan of the whole index.
	 */
	List<Integer> financialYears(CaseSelection selection) {
		return this.yearsWithCases.get(selection,
				(previous, now) -> List.copyOf(this.live.financialYears(selection)));
	}

	/** Forgets every kept table, so the next request reads and protects afresh. */
	void forget() {
		this.kept.clear();
		this.yearsWithCases.clear();
	}

	private ProtectedTables build(Map<Grouping, LiveFigures> figures, Instant now) {
		LiveFigures byForce = figures.get(Grouping.FORCE);
		Integer year = byForce.financialYear();
		// A force and a region can share a code (west-midlands), so medians are kept apart by grouping.
		Map<Grouping, Map<String, BigDecimal>> medians = new EnumMap<>(Grouping.class);
		figures.forEach((grouping, areas) -> {
			Map<String, BigDecimal> byCode = new HashMap<>();
			areas.areas().forEach(area -> byCode.put(area.code(), area.medianWorkingDaysToFirstDecision()));
			medians.put(grouping, byCode);
		});

		Map<String, LiveFigures.Area> forceFigures = new LinkedHashMap<>();
		byForce.areas().forEach(area -> forceFigures.put(area.code(), area));
		Layout layout = Layout.of(this.forces.all());
		Publication publication = layout.publication(year, forceFigures);
		List<ProtectedTables.AreaFigures> areas = new ArrayList<>();
		for (Layout.Area area : layout.areas()) {
			areas.add(new ProtectedTables.AreaFigures(area.code(), area.name(), area.grouping(), area.workforceFte(),
					medians.get(area.grouping()).get(area.code())));
		}
		return new ProtectedTables(year, byForce.selection(), byForce.includesSynthetic(), now,
				DisclosureControl.protect(publication), areas);
	}

	private record Period(Integer financialYear, CaseSelection selection) {

		Period {
			Objects.requireNonNull(selection, "selection");
		}

	}

	private record Kept(Map<String, Map<Measure, Long>> byForce, ProtectedTables tables) {
	}

}
