package org.crossforce.statistics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.reference.Force;
import org.crossforce.statistics.Grouping;
import org.crossforce.statistics.LiveFigures;
import org.crossforce.statistics.LiveStatistics;
import org.crossforce.statistics.Measure;
import org.crossforce.statistics.Publication;

/**
 * The cells of the national tables and the lines that tie them: for each measure, a cell per force, per region and
 * for England and Wales, with each region the sum of its forces and England and Wales the sum of the regions.
 * <p>
 * The three national forces have no ONS region; each takes its jurisdiction as its region, as {@link Grouping#REGION}
 * does (BTP alone in "Great Britain (national)", MOD Police and CNC together in "United Kingdom (national)"), and
 * those regions add into England and Wales like any other, because the England and Wales figure counts every case
 * the service holds, the national forces' included. Leaving them out of the line would make it false, and a false
 * line protects figures that are not the ones published.
 * <p>
 * No line runs between measures: none of them is the exact sum of others. Crime and incident-only decisions leave
 * out the cases not yet decided; the two "investigated by" counts leave out the cases not yet allocated, which is
 * not a published figure; dismissals and barred-list referrals are among the misconduct findings, not all of them;
 * duties met on time are some of the duties due. Those are only bounds, and a bound cannot pin a hidden count.
 *
 * @param areas every force in the order given, then every region in the order its first force comes, then England
 * and Wales
 * @param regions each region's code and the codes of its forces
 */
record Layout(List<Area> areas, Map<String, List<String>> regions) {

	static final String ALL_YEARS = "all";

	static Layout of(List<Force> forces) {
		List<Area> forceAreas = new ArrayList<>();
		Map<String, List<String>> regions = new LinkedHashMap<>();
		Map<String, String> regionNames = new LinkedHashMap<>();
		Map<String, BigDecimal> regionWorkforce = new LinkedHashMap<>();
		Map<String, Boolean> regionWorkforceKnown = new LinkedHashMap<>();
		for (Force force : forces) {
			BigDecimal workforce = force.workforce() == null ? null : force.workforce().totalFte();
			forceAreas.add(new Area(force.code(), force.name(), Grouping.FORCE, workforce));
			String region = LiveStatistics.regionCode(force.region());
			regions.computeIfAbsent(region, code -> new ArrayList<>()).add(force.code());
			regionNames.putIfAbsent(region, force.region());
			regionWorkforce.merge(region, workforce == null ? BigDecimal.ZERO : workforce, BigDecimal::add);
			regionWorkforceKnown.merge(region, workforce != null, Boolean::logicalAnd);
		}
		List<Area> areas = new ArrayList<>(forceAreas);
		BigDecimal national = BigDecimal.ZERO;
		boolean nationalKnown = true;
		for (String region : regions.keySet()) {
			boolean known = regionWorkforceKnown.get(region);
			areas.add(new Area(region, regionNames.get(region), Grouping.REGION,
					known ? regionWorkforce.get(region) : null));
			national = national.add(regionWorkforce.get(region));
			nationalKnown &= known;
		}
		areas.add(new Area(LiveStatistics.ENGLAND_AND_WALES_CODE, "England and Wales", Grouping.ENGLAND_AND_WALES,
				nationalKnown ? national : null));
		return new Layout(areas, regions);
	}

	Layout {
		areas = List.copyOf(areas);
		regions = Map.copyOf(regions);
	}

	/**
	 * "REPORTS|force:greater-manchester|2024", "REPORTS|region:north-west|2024", "REPORTS|england-and-wales|2024", or
	 * "...|all" for every year. Forces and regions are told apart because a code can be both: West Midlands Police
	 * is west-midlands, and so is the West Midlands region.
	 */
	static String key(Measure measure, Grouping grouping, String areaCode, Integer financialYear) {
		String area = switch (grouping) {
			case FORCE -> "force:" + areaCode;
			case REGION -> "region:" + areaCode;
			case ENGLAND_AND_WALES -> areaCode;
		};
		return measure.name() + "|" + area + "|" + (financialYear == null ? ALL_YEARS : financialYear);
	}

	/**
	 * The publication of one period, from the counts by force; a force with no entry had no case. Regions and
	 * England and Wales are added up here rather than counted again, so that every line holds exactly.
	 */
	Publication publication(Integer financialYear, Map<String, LiveFigures.Area> byForce) {
		Publication.Builder builder = Publication.builder();
		for (Measure measure : Measure.values()) {
			long nationalCount = 0;
			List<String> regionKeys = new ArrayList<>();
			for (Map.Entry<String, List<String>> region : orderedRegions()) {
				long regionCount = 0;
				List<String> forceKeys = new ArrayList<>();
				for (String force : region.getValue()) {
					LiveFigures.Area figures = byForce.get(force);
					long count = figures == null ? 0 : figures.count(measure);
					builder.count(key(measure, Grouping.FORCE, force, financialYear), count);
					forceKeys.add(key(measure, Grouping.FORCE, force, financialYear));
					regionCount += count;
				}
				String regionKey = key(measure, Grouping.REGION, region.getKey(), financialYear);
				builder.count(regionKey, regionCount).line(regionKey, forceKeys);
				regionKeys.add(regionKey);
				nationalCount += regionCount;
			}
			String nationalKey = key(measure, Grouping.ENGLAND_AND_WALES, LiveStatistics.ENGLAND_AND_WALES_CODE,
					financialYear);
			builder.count(nationalKey, nationalCount).line(nationalKey, regionKeys);
		}
		return builder.build();
	}

	private List<Map.Entry<String, List<String>>> orderedRegions() {
		return this.areas.stream()
			.filter(area -> area.grouping() == Grouping.REGION)
			.map(area -> Map.entry(area.code(), this.regions.get(area.code())))
			.toList();
	}

	/** @param workforceFte the workforce to divide by, or null when any force in the area has none published */
	record Area(String code, String name, Grouping grouping, BigDecimal workforceFte) {
	}

}
