package org.crossforce.foi.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One cell's answer as an authority gives it: a count, or one of the answers that are not a count. A nil return, "not
 * held" and a refusal each say something different from 0, so they are kept apart everywhere.
 */
record DatasetCell(Status status, Integer count) {

	enum Status {
		COUNT, NIL, NOT_HELD, REFUSED
	}

	/** The words replies use for the answers that are not counts, as people type them (compared trimmed, any case). */
	private static final Map<String, Status> WORDS = Map.of("nil", Status.NIL, "none", Status.NIL, "not held",
			Status.NOT_HELD, "n/h", Status.NOT_HELD, "information not held", Status.NOT_HELD, "refused",
			Status.REFUSED, "exempt", Status.REFUSED, "withheld", Status.REFUSED);

	/** Digits, optionally grouped in thousands ("1,234"). */
	private static final Pattern WHOLE = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");

	private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d,]*)?(\\.\\d*)?");

	DatasetCell {
		if ((status == Status.COUNT) != (count != null) || (count != null && count < 0)) {
			throw new IllegalArgumentException("A count, and only a count, has a number of 0 or more");
		}
	}

	static DatasetCell count(int count) {
		return new DatasetCell(Status.COUNT, count);
	}

	static DatasetCell of(Status status) {
		return new DatasetCell(status, null);
	}

	/**
	 * What a cell's text says; empty when the text is blank (no answer given).
	 * @throws Unreadable naming why the text is not a count or one of the words for the other answers
	 */
	static Optional<DatasetCell> parse(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty()) {
			return Optional.empty();
		}
		Status word = WORDS.get(trimmed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
		if (word != null) {
			return Optional.of(of(word));
		}
		if (WHOLE.matcher(trimmed).matches()) {
			BigDecimal value = new BigDecimal(trimmed.replace(",", ""));
			if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
				throw new Unreadable(Unreadable.TOO_LARGE);
			}
			return Optional.of(count(value.intValueExact()));
		}
		if (NUMBER.matcher(trimmed).matches() && trimmed.matches(".*\\d.*")) {
			throw new Unreadable(trimmed.startsWith("-") ? Unreadable.NEGATIVE : Unreadable.NOT_WHOLE);
		}
		throw new Unreadable(Unreadable.NOT_A_VALUE);
	}

	/** Text that is neither a whole number of 0 or more nor one of the words; {@link #reason()} is a message key. */
	static final class Unreadable extends RuntimeException {

		static final String NEGATIVE = "foi.dataset.cell.negative";

		static final String NOT_WHOLE = "foi.dataset.cell.notWhole";

		static final String TOO_LARGE = "foi.dataset.cell.tooLarge";

		static final String NOT_A_VALUE = "foi.dataset.cell.notAValue";

		private final String reason;

		Unreadable(String reason) {
			super(reason, null, false, false);
			this.reason = reason;
		}

		String reason() {
			return reason;
		}

	}

}
