package org.crossforce.supercomplaints.internal;

/**
 * Police ranks and courtesy titles as they are written before a name. A rank says something about the case (a
 * sergeant, not a constable, was accused) so it is kept; the name after it is not.
 */
final class Ranks {

	/** Ranks written out in words, longest first, matched in any case: "Detective Sergeant", "sergeant". */
	static final String WORDS = "(?i:(?:Detective\\s+)?(?:Deputy\\s+|Assistant\\s+)?Chief\\s+Constable"
			+ "|Detective\\s+Chief\\s+Superintendent|Detective\\s+Superintendent|Chief\\s+Superintendent"
			+ "|Detective\\s+Chief\\s+Inspector|Detective\\s+Inspector|Chief\\s+Inspector"
			+ "|Detective\\s+Sergeant|Detective\\s+Constable|Police\\s+Sergeant|Superintendent|Inspector|Sergeant"
			+ "|Commander|Commissioner)";

	/** Ranks as abbreviations and "Constable", capitalised only: "pc" or "ds" in lower case are seldom ranks. */
	static final String CAPITALISED = "(?:Special\\s+Constable|Police\\s+Constable|Constable|Detective|PCSO|DCI|DSU"
			+ "|DSupt|Supt|Insp|Sgt|ACC|DCC|DC|DS|DI|PS|PC|CI)";

	static final String RANK = "(?:" + WORDS + "|" + CAPITALISED + ")";

	/** Courtesy titles, capitalised only, with an optional full stop. */
	static final String COURTESY = "(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Sir|Dame)";

	private Ranks() {
	}

}
