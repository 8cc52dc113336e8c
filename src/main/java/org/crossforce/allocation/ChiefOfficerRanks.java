package org.crossforce.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a rank, as a reporter typed it, is a chief officer rank: Chief Constable, Deputy Chief Constable and
 * Assistant Chief Constable; and in the Metropolitan Police and the City of London Police, Commissioner, Deputy
 * Commissioner, Assistant Commissioner, Deputy Assistant Commissioner and Commander.
 * <p>
 * Regulation 4(1)(c) of the Police (Complaints and Misconduct) Regulations 2020 names "a chief officer" (the head of
 * a force) and the Met's Deputy Commissioner. Every chief officer rank counts here, not only the head of the force:
 * the whole chief officer team sits above the professional standards department that would otherwise handle the
 * case, and the cost of a referral the IOPC returns for local investigation is small beside that of one not made.
 * <p>
 * Matching is lenient because reporters write ranks as they hear them ("ACC", "Asst. Chief Constable", "T/DCC"), and
 * strict because "Chief Inspector" and "Chief Superintendent" are not chief officers.
 */
final class ChiefOfficerRanks {

	/** Declared first: {@link #RANKS} is read through it. */
	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("asst", "assistant"),
			Map.entry("ass", "assistant"), Map.entry("assist", "assistant"), Map.entry("dep", "deputy"),
			Map.entry("dept", "deputy"), Map.entry("dpty", "deputy"), Map.entry("ch", "chief"),
			Map.entry("const", "constable"), Map.entry("cons", "constable"), Map.entry("cst", "constable"),
			Map.entry("commr", "commissioner"), Map.entry("comm", "commissioner"), Map.entry("cmdr", "commander"),
			Map.entry("cdr", "commander"), Map.entry("comdr", "commander"));

	private static final List<List<String>> RANKS = List.of(words("chief constable"),
			words("deputy chief constable"), words("assistant chief constable"), words("commissioner"),
			words("deputy commissioner"), words("assistant commissioner"), words("deputy assistant commissioner"),
			words("commander"));

	/** Accepted only as the whole rank: "DC" is left out because it is also a detective constable. */
	private static final Set<String> INITIALS = Set.of("cc", "dcc", "acc", "ac", "dac");

	/** Temporary and acting chief officers hold the office while they act in it. */
	private static final Set<String> PREFIXES = Set.of("temporary", "temp", "acting", "t", "a");

	private static final Set<String> PLACE = Set.of("of", "for", "in", "at");

	private ChiefOfficerRanks() {
	}

	static boolean isChiefOfficer(String rank) {
		if (rank == null) {
			return false;
		}
		List<String> words = words(rank);
		while (words.size() > 1 && PREFIXES.contains(words.get(0))) {
			words.remove(0);
		}
		if (words.size() == 1 && INITIALS.contains(words.get(0))) {
			return true;
		}
		return RANKS.stream().anyMatch(chief -> startsWithRank(words, chief));
	}

	/** "Chief Constable of Kent Police", "Commissioner of Police of the Metropolis": the rank, then only where. */
	private static boolean startsWithRank(List<String> words, List<String> rank) {
		if (words.size() < rank.size() || !words.subList(0, rank.size()).equals(rank)) {
			return false;
		}
		return words.size() == rank.size() || PLACE.contains(words.get(rank.size()));
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
			if (!word.isEmpty()) {
				words.add(ABBREVIATIONS.getOrDefault(word, word));
			}
		}
		return words;
	}

}
