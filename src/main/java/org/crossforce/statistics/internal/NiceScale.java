package org.crossforce.statistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An axis from zero to a round number, ticked every 1, 2 or 5 times a power of ten, with four to ten ticks. Bars
 * and lines of counts start at zero so that lengths compare honestly.
 *
 * @param max the end of the axis, at or above the largest value
 * @param step the distance between ticks
 */
public record NiceScale(BigDecimal max, BigDecimal step) {

	private static final int TARGET_TICKS = 5;

	/** The scale for values up to {@code largest}; an axis of 0 to 1 when there is nothing above zero. */
	public static NiceScale upTo(BigDecimal largest) {
		if (largest == null || largest.signum() <= 0) {
			return new NiceScale(BigDecimal.ONE, new BigDecimal("0.2"));
		}
		BigDecimal rough = largest.divide(BigDecimal.valueOf(TARGET_TICKS), 12, RoundingMode.HALF_UP);
		int exponent = rough.precision() - rough.scale() - 1;
		BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
		BigDecimal step = power.multiply(BigDecimal.TEN);
		for (int multiple : new int[] { 1, 2, 5 }) {
			BigDecimal candidate = power.multiply(BigDecimal.valueOf(multiple));
			if (candidate.compareTo(rough) >= 0) {
				step = candidate;
				break;
			}
		}
		BigDecimal steps = largest.divide(step, 0, RoundingMode.CEILING);
		return new NiceScale(step.multiply(steps).stripTrailingZeros(), step.stripTrailingZeros());
	}

	/** Zero, each step, and the end. */
	public List<BigDecimal> ticks() {
		List<BigDecimal> ticks = new ArrayList<>();
		for (BigDecimal tick = BigDecimal.ZERO; tick.compareTo(max) <= 0; tick = tick.add(step)) {
			ticks.add(tick);
		}
		return ticks;
	}

	/** Places after the point that tick labels need: none for a step of 1 or more. */
	public int decimals() {
		return Math.max(0, step.scale());
	}

	/** Where {@code value} falls along an axis {@code length} long. */
	public double position(BigDecimal value, double length) {
		return value.doubleValue() / max.doubleValue() * length;
	}

}
