package org.crossforce.statistics;

/**
 * The shorthand the Government Statistical Service uses in place of a figure in a published table ("Using symbols
 * and shorthand in tables", GSS, 2021). A cell holding one is written as the symbol's text, never as a number or a
 * blank, so a reader cannot mistake a withheld figure for zero.
 */
public enum OpenDataSymbol {

	/** Confidential: a count from 1 to 4, or a figure from which one could be worked out. */
	CONFIDENTIAL("[c]"),

	/** Not available: the figure was not collected or not supplied. */
	NOT_AVAILABLE("[x]"),

	/** Not applicable: no figure could exist, such as a force in a year before it was formed. */
	NOT_APPLICABLE("[z]");

	private final String text;

	OpenDataSymbol(String text) {
		this.text = text;
	}

	/** The symbol as it appears in a cell, with its square brackets. */
	public String text() {
		return text;
	}

}
