package org.crossforce.statistics;

/**
 * The shorthand UK official statistics use in place of a figure (Government Analysis Function, "Symbols in
 * tables, definitions and footnotes"), always in square brackets so that no one reads it as a number.
 */
public enum Symbol {

	/** Confidential: suppressed so that no one can be identified from a small number. */
	CONFIDENTIAL("[c]"),

	/** Not available: the figure was not collected or not supplied. */
	NOT_AVAILABLE("[x]"),

	/** Not applicable: there is no such figure, for example a force that did not exist that year. */
	NOT_APPLICABLE("[z]");

	private final String shorthand;

	Symbol(String shorthand) {
		this.shorthand = shorthand;
	}

	/** "[c]", "[x]" or "[z]". */
	public String shorthand() {
		return shorthand;
	}

	/** The key of its meaning in messages.properties. */
	public String messageKey() {
		return "statistics.chart.symbol." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
