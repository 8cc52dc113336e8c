package org.crossforce.reports.internal;

import java.util.Locale;

/**
 * Whether an email address is probably one the police run, where colleagues of the accused, or the accused, might
 * read or search what is sent to it. The reporter is warned, not refused: it may be the only address they have.
 * <p>
 * The decision: an address is a police one when any label of its domain contains "police" (so {@code police.uk},
 * every force's {@code *.police.uk} and {@code *.pnn.police.uk}, national policing bodies' addresses, and other
 * domains such as a police federation's) or is exactly "pnn" (the Police National Network's older
 * {@code *.pnn.gov.uk} addresses). It errs towards warning: a needless warning costs a moment's reading, a missing one
 * could put the report in front of the person it is about.
 */
final class PoliceEmail {

	private PoliceEmail() {
	}

	static boolean isPolice(String email) {
		if (email == null) {
			return false;
		}
		int at = email.lastIndexOf('@');
		if (at < 0) {
			return false;
		}
		for (String label : email.substring(at + 1).trim().toLowerCase(Locale.ROOT).split("\\.")) {
			if (label.contains("police") || label.equals("pnn")) {
				return true;
			}
		}
		return false;
	}

}
