package org.crossforce.statistics;

/** The areas figures are given for. Regions and countries are those of {@link org.crossforce.reference.Forces}. */
public enum Grouping {

	/** The force that employs the accused. */
	FORCE,
	/** The employing force's ONS region (the national forces have their jurisdiction as their region). */
	REGION,
	/** Every case: the 43 forces of England and Wales and the three national forces. */
	ENGLAND_AND_WALES

}
