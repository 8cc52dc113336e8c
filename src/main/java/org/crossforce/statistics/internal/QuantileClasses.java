package org.crossforce.statistics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Values split into classes of about equal numbers of areas (quintiles for five). Counts by force are dominated by
 * force size, the Metropolitan Police's being several times the median, so equal intervals would put most forces in
 * the lowest class and the map would say nothing about them; quantiles spread the 43 areas across the palette, about
 * eight or nine in each. Equal values always share a class, so a class can be empty when many values tie.
 */
public final class QuantileClasses {

	private final List<BigDecimal> uppers;

	private final List<BigDecimal> sorted;

	private QuantileClasses(List<BigDecimal> sorted, List<BigDecimal> uppers) {
		this.sorted = sorted;
		this.uppers = uppers;
	}

	public static QuantileClasses of(List<BigDecimal> values, int classes) {
		List<BigDecimal> sorted = values.stream().sorted().toList();
		List<BigDecimal> uppers = new ArrayList<>();
		for (int k = 1; k < classes; k++) {
			int rank = (int) Math.ceil(sorted.size() * (double) k / classes) - 1;
			uppers.add(sorted.isEmpty() ? BigDecimal.ZERO : sorted.get(Math.max(0, rank)));
		}
		return new QuantileClasses(sorted, uppers);
	}

	public int count() {
		return uppers.size() + 1;
	}

	/** From 0, the lowest, to {@code count() - 1}. */
	public int classOf(BigDecimal value) {
		for (int k = 0; k < uppers.size(); k++) {
			if (value.compareTo(uppers.get(k)) <= 0) {
				return k;
			}
		}
		return uppers.size();
	}

	/** The smallest and largest values in the class, or nothing when no value falls in it. */
	public List<BigDecimal> range(int k) {
		List<BigDecimal> members = sorted.stream().filter(value -> classOf(value) == k).toList();
		return members.isEmpty() ? List.of() : List.of(members.get(0), members.get(members.size() - 1));
	}

}
