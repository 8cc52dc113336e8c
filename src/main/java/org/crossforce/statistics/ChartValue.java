package org.crossforce.statistics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure to draw: an area (or a year) and its value, or the symbol that stands in for a value that is not
 * published.
 *
 * @param key what the value belongs to: a force code, region code or financial year ("2015-16")
 * @param label the name people read: "Kent Police", "England and Wales", "2015-16"
 * @param value the figure, never negative; {@code null} exactly when {@code symbol} is given
 * @param symbol why there is no figure, or {@code null} when there is one
 */
public record ChartValue(String key, String label, BigDecimal value, Symbol symbol) {

	public ChartValue {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(label, "label");
		if ((value == null) == (symbol == null)) {
			throw new IllegalArgumentException(key + ": give either a value or a symbol");
		}
		if (value != null && value.signum() < 0) {
			throw new IllegalArgumentException(key + ": charts draw counts and rates, never below zero");
		}
	}

	public static ChartValue of(String key, String label, long value) {
		return new ChartValue(key, label, BigDecimal.valueOf(value), null);
	}

	public static ChartValue of(String key, String label, BigDecimal value) {
		return new ChartValue(key, label, value, null);
	}

	public static ChartValue missing(String key, String label, Symbol symbol) {
		return new ChartValue(key, label, null, Objects.requireNonNull(symbol, "symbol"));
	}

	public boolean hasValue() {
		return value != null;
	}

}
