package org.crossforce.statistics;

import java.util.List;
import java.util.Objects;

/**
 * One line of a trend chart: a force, England and Wales, or the median of a force's neighbours.
 *
 * @param key a short name, unique in the chart
 * @param label as the legend shows it
 * @param values keyed by financial year ("2015-16"); a year with no entry is drawn as a gap, like "[x]"
 */
public record TrendSeries(String key, String label, List<ChartValue> values) {

	public TrendSeries {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(label, "label");
		values = List.copyOf(values);
	}

}
