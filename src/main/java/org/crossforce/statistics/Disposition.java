package org.crossforce.statistics;

/**
 * How a cell ends up after disclosure control. A cell given as {@code [x]} or {@code [z]} is {@link #SHOWN}: its
 * symbol is published as it was given.
 */
public enum Disposition {

	/** Published as it is. */
	SHOWN,

	/** {@code [c]} because the count is itself from 1 to 4. */
	PRIMARY,

	/** {@code [c]} so that a primary cell cannot be worked out from the figures that are shown. */
	SECONDARY;

	public boolean suppressed() {
		return this != SHOWN;
	}

}
