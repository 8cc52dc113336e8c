package org.crossforce.supercomplaints.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place names a force's name gives away. Saying which force employed the accused narrows down who they are as
 * much as naming the town, so a case study names neither: "Greater Manchester Police" gives "Greater Manchester",
 * so the force is written "[place] Police"; "Devon and Cornwall Police" gives "Devon" and "Cornwall" too.
 */
final class ForcePlaceNames {

	/** Longest first, so "Police Service" goes before "Police". */
	private static final Pattern FORCE_WORD = Pattern.compile("\\s+(?:Police Service|Police|Constabulary)$");

	private static final Pattern ASIDE = Pattern.compile("\\s*\\(([^)]*)\\)");

	/** An aside such as "(Hampshire Constabulary until 2022)" names a former force. */
	private static final Pattern FORMER_NAME = Pattern.compile("^(.*?)\\s+until\\s+\\d{4}$");

	private ForcePlaceNames() {
	}

	/** Every name and area name from these force names, without duplicates. */
	static List<String> from(Collection<String> forceNames) {
		Set<String> places = new LinkedHashSet<>();
		for (String forceName : forceNames) {
			Matcher aside = ASIDE.matcher(forceName);
			String name = aside.replaceAll("").strip();
			addForce(places, name);
			aside.reset();
			while (aside.find()) {
				Matcher former = FORMER_NAME.matcher(aside.group(1).strip());
				if (former.matches()) {
					addForce(places, former.group(1));
				}
			}
		}
		return List.copyOf(places);
	}

	private static void addForce(Set<String> places, String name) {
		String area = FORCE_WORD.matcher(name).replaceAll("").strip();
		if (area.isEmpty() || area.equals(name)) {
			places.add(name);
			return;
		}
		places.add(area);
		for (String part : area.split("\\s+and\\s+|-")) {
			if (!part.isBlank() && !part.equals(area)) {
				places.add(part.strip());
			}
		}
	}

}
