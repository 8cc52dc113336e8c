package org.crossforce.reports;

/**
 * How the victim and the accused are "personally connected" (Domestic Abuse Act 2021 s.2(1)). Both must be 16 or
 * over.
 */
public enum Relationship {

	/** s.2(1)(a): married to each other, now or before. */
	MARRIED,
	/** s.2(1)(b): civil partners of each other, now or before. */
	CIVIL_PARTNERS,
	/** s.2(1)(c)–(d): agreed to marry or to enter a civil partnership, now or before. */
	ENGAGED,
	/** s.2(1)(e): in an intimate personal relationship with each other, now or before. */
	INTIMATE_PARTNERS,
	/** s.2(1)(f): each is a parent of, or has parental responsibility for, the same child. */
	PARENTS_OF_THE_SAME_CHILD,
	/** s.2(1)(g): relatives. */
	RELATIVES

}
