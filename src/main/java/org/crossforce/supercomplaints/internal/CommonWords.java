package org.crossforce.supercomplaints.internal;

import java.util.Set;

/**
 * Capitalised words that name no one: days, months, the bodies a case study is bound to mention, and the short words
 * that open a quoted sentence. Anything else capitalised in the middle of a sentence may be a name or a place, so it
 * is warned about; this list is short on purpose, as each word on it is one the author is never asked about.
 */
final class CommonWords {

	private static final Set<String> WORDS = Set.of(
			// days and months
			"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
			"March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
			// the police and the bodies around them
			"Police", "Constabulary", "Service", "Crown", "Prosecution", "CPS", "IOPC", "Independent", "Office",
			"Conduct", "HMICFRS", "College", "Policing", "Home", "Professional", "Standards", "Department", "PSD",
			"Court", "Magistrates", "Victims", "Code", "Domestic", "Abuse", "Act", "Reform", "Crossforce", "Chief",
			"England", "Wales", "English", "Welsh", "British", "UK", "NHS", "GP", "CCTV", "DBS", "MARAC", "MAPPA",
			"IDVA", "ISVA", "DASH", "DVPN", "DVPO", "DVDS", "NPCC", "PNC", "NFA", "RUI", "Refuge",
			// words that open a sentence, including one quoted mid-sentence
			"I", "A", "An", "The", "He", "She", "They", "We", "You", "It", "His", "Her", "Their", "My", "Our", "Your",
			"This", "That", "These", "Those", "Then", "When", "After", "Before", "If", "But", "And", "Or", "So", "No",
			"Yes", "Please", "Why", "What", "Where", "Who", "How", "Don't", "Don’t", "I'm", "I’m", "I'll", "I’ll");

	private CommonWords() {
	}

	/** Whether the word, less any possessive ("Victims'"), is on the list. */
	static boolean isCommon(String word) {
		return WORDS.contains(word.replaceAll("(?:['’]s|['’])$", ""));
	}

}
