package org.crossforce.reports;

/** The kinds of abusive behaviour (Domestic Abuse Act 2021 s.1(3)); one report may name several. */
public enum AbuseKind {

	PHYSICAL_OR_SEXUAL, VIOLENT_OR_THREATENING, CONTROLLING_OR_COERCIVE, ECONOMIC, PSYCHOLOGICAL_OR_EMOTIONAL

}
