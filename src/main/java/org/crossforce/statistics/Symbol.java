package org.crossforce.statistics;

import java.util.Locale;

/**
 * The shorthand UK official statistics put in a table cell in place of a number (Government Analysis Function,
 * "Symbols in tables, definitions and footnotes"): {@code [c]} confidential, {@code [x]} not available, {@code [z]}
 * not applicable, always in square brackets so that no one reads it as a number. The shorthand is the standard
 * notation itself; what it means is copy, in two lengths: the full legend under a table, and a short label in a
 * chart's or map's key.
 */
public enum Symbol {

	/** Confidential: suppressed so that no one can be identified from a small number. */
	CONFIDENTIAL("[c]", "statistics.symbol.c"),

	/** Not available: the figure was not collected or not supplied. */
	NOT_AVAILABLE("[x]", "statistics.symbol.x"),

	/** Not applicable: there is no such figure, for example a force that did not exist that year. */
	NOT_APPLICABLE("[z]", "statistics.symbol.z");

	private final String shorthand;

	private final String legendKey;

	Symbol(String shorthand, String legendKey) {
		this.shorthand = shorthand;
		this.legendKey = legendKey;
	}

	/** "[c]", "[x]" or "[z]". */
	public String shorthand() {
		return shorthand;
	}

	/** The key of the full legend shown with a table, in messages.properties. */
	public String legendKey() {
		return legendKey;
	}

	/** The key of the short label in a chart's or map's key, in messages.properties. */
	public String chartLabelKey() {
		return "statistics.chart.symbol." + name().toLowerCase(Locale.ROOT);
	}

}
