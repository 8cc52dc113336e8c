package org.crossforce.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a measure's figures are written: thousands separated by commas and a fixed number of decimal places, so that
 * a column of rates per 1,000 lines up ("12.0", "9.5").
 *
 * @param decimals places after the point: 0 for counts, 1 or 2 for rates
 */
public record FigureFormat(int decimals) {

	/** Counts: "1,234". */
	public static final FigureFormat WHOLE = new FigureFormat(0);

	/** Rates per 1,000 to one place: "12.5". */
	public static final FigureFormat ONE_PLACE = new FigureFormat(1);

	public FigureFormat {
		if (decimals < 0 || decimals > 6) {
			throw new IllegalArgumentException("decimals must be 0 to 6");
		}
	}

	public String format(BigDecimal value) {
		// Half up, as people round by hand and as the published tables do.
		return pattern(decimals).format(value.setScale(decimals, RoundingMode.HALF_UP));
	}

	public String format(long value) {
		return format(BigDecimal.valueOf(value));
	}

	private static DecimalFormat pattern(int decimals) {
		DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
				DecimalFormatSymbols.getInstance(Locale.UK));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

}
