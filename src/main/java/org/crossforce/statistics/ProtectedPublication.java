package org.crossforce.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/**
 * A publication after disclosure control: what each cell shows, and why a hidden cell is hidden.
 */
public final class ProtectedPublication {

	private final Publication publication;

	private final Disposition[] dispositions;

	ProtectedPublication(Publication publication, Disposition[] dispositions) {
		this.publication = publication;
		this.dispositions = dispositions.clone();
	}

	public Publication publication() {
		return this.publication;
	}

	public Disposition disposition(String key) {
		return this.dispositions[this.publication.indexOf(key)];
	}

	/** The keys of the cells that ended with the given disposition, in key order. */
	public List<String> keysWith(Disposition disposition) {
		return IntStream.range(0, this.dispositions.length)
			.filter(cell -> this.dispositions[cell] == disposition)
			.mapToObj(cell -> this.publication.keys().get(cell))
			.toList();
	}

	/** The symbol that stands in the cell instead of a number, or null when its number is shown. */
	public Symbol symbol(String key) {
		if (disposition(key).suppressed()) {
			return Symbol.CONFIDENTIAL;
		}
		return this.publication.marker(key);
	}

	/** The number shown in the cell, for charts and downloads; empty wherever a symbol stands instead. */
	public OptionalLong shownCount(String key) {
		return (symbol(key) != null) ? OptionalLong.empty() : this.publication.count(key);
	}

	/** The cell as printed: the count with thousands separators, like 1,234, or its symbol. */
	public String text(String key) {
		Symbol symbol = symbol(key);
		if (symbol != null) {
			return symbol.shorthand();
		}
		return NumberFormat.getIntegerInstance(Locale.UK).format(this.publication.count(key).getAsLong());
	}

	/**
	 * A rate such as reports per 1,000 workforce, as printed. A rate would give its count away to anyone who knows
	 * the workforce, so it takes the count's symbol whenever the count is not shown; with no workforce to divide by
	 * a rate does not apply.
	 * @param countKey the cell the rate is worked out from
	 * @param denominator what the count is divided by, such as the force's workforce
	 * @param per the rate is per this many, such as 1,000
	 * @param decimalPlaces how many decimal places to print, rounding halves up
	 */
	public String rateText(String countKey, long denominator, long per, int decimalPlaces) {
		return rateText(countKey, BigDecimal.valueOf(denominator), per, decimalPlaces);
	}

	/**
	 * A rate over a denominator that need not be whole, such as a workforce in full-time equivalents; otherwise as
	 * {@link #rateText(String, long, long, int)}.
	 */
	public String rateText(String countKey, BigDecimal denominator, long per, int decimalPlaces) {
		if (denominator.signum() < 0 || per <= 0 || decimalPlaces < 0) {
			throw new IllegalArgumentException("A rate needs a denominator of zero or more, a positive base and "
					+ "zero or more decimal places");
		}
		Symbol symbol = symbol(countKey);
		if (symbol != null) {
			return symbol.shorthand();
		}
		if (denominator.signum() == 0) {
			return Symbol.NOT_APPLICABLE.shorthand();
		}
		BigDecimal rate = BigDecimal.valueOf(this.publication.count(countKey).getAsLong())
			.multiply(BigDecimal.valueOf(per))
			.divide(denominator, decimalPlaces, RoundingMode.HALF_UP);
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
		format.setMinimumFractionDigits(decimalPlaces);
		format.setMaximumFractionDigits(decimalPlaces);
		return format.format(rate);
	}

}
