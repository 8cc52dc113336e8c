package org.crossforce.statistics;

/**
 * The shorthand that stands in a table cell in place of a number, as the Government Statistical Service sets out in
 * its guidance on symbols in tables: {@code [c]} confidential, {@code [x]} not available, {@code [z]} not
 * applicable. The shorthand is the standard notation itself; the legend that explains it is copy, under
 * {@link #legendKey()}.
 */
public enum Symbol {

	CONFIDENTIAL("[c]", "statistics.symbol.c"),

	NOT_AVAILABLE("[x]", "statistics.symbol.x"),

	NOT_APPLICABLE("[z]", "statistics.symbol.z");

	private final String shorthand;

	private final String legendKey;

	Symbol(String shorthand, String legendKey) {
		this.shorthand = shorthand;
		this.legendKey = legendKey;
	}

	public String shorthand() {
		return this.shorthand;
	}

	public String legendKey() {
		return this.legendKey;
	}

}
