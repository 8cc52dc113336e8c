package org.crossforce.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One cell of a published table: text, a whole number, a decimal shown to a stated number of places, or a GSS
 * symbol standing in for a figure that is withheld or does not exist.
 */
public sealed interface OpenDataCell {

	static OpenDataCell text(String text) {
		return new Text(text);
	}

	static OpenDataCell whole(long value) {
		return new WholeNumber(value);
	}

	static OpenDataCell decimal(BigDecimal value, int places) {
		return new Decimal(value, places);
	}

	static OpenDataCell symbol(Symbol symbol) {
		return new Shorthand(symbol);
	}

	record Text(String text) implements OpenDataCell {

		public Text {
			Objects.requireNonNull(text, "text");
		}

	}

	record WholeNumber(long value) implements OpenDataCell {
	}

	/**
	 * A decimal rounded half up to {@code places} when made, so the value a reader computes with is the value they
	 * see in the cell.
	 */
	record Decimal(BigDecimal value, int places) implements OpenDataCell {

		public Decimal {
			Objects.requireNonNull(value, "value");
			if (places < 0 || places > 10) {
				throw new IllegalArgumentException("A decimal is shown to 0 to 10 places, not " + places);
			}
			value = value.setScale(places, RoundingMode.HALF_UP);
		}

	}

	/** A {@link org.crossforce.statistics.Symbol} standing in the cell instead of a figure. */
	record Shorthand(Symbol symbol) implements OpenDataCell {

		public Shorthand {
			Objects.requireNonNull(symbol, "symbol");
		}

	}

}
