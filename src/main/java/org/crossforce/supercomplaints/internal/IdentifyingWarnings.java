package org.crossforce.supercomplaints.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is left in an anonymised case study that may still identify someone, found by patterns that cannot tell for
 * sure: an unknown capitalised word may be a name, an age and a job together may point to one person. Each is left
 * in place for the author to judge, with a plain-English reason.
 */
final class IdentifyingWarnings {

	static final String CAPITALISED = "supercomplaints.anonymise.warning.capitalised";

	static final String AGE = "supercomplaints.anonymise.warning.age";

	static final String RANK = "supercomplaints.anonymise.warning.rank";

	static final String NICKNAME = "supercomplaints.anonymise.warning.nickname";

	static final String WORKPLACE = "supercomplaints.anonymise.warning.workplace";

	static final String SMALL_NUMBER = "supercomplaints.anonymise.warning.smallNumber";

	private static final Pattern AGE_PATTERN = Pattern.compile(
			"(?i)\\b(?:aged|age)\\s+\\d{1,3}\\b|\\b\\d{1,3}[\\s\\-]*(?:years?|yrs?)[\\s\\-]*old\\b");

	/** A rank with no name after it: there may be only one such rank in a small station. */
	private static final Pattern RANK_PATTERN = Pattern.compile("(?<![\\p{L}\\p{N}])(?>" + Ranks.RANK
			+ ")(?![\\p{L}\\p{N}])(?!\\s*\\[(?:name|number)\\])");

	private static final Pattern COURTESY_PATTERN = Pattern.compile("(?<![\\p{L}\\p{N}])" + Ranks.COURTESY + "\\.?"
			+ "(?![\\p{L}\\p{N}])");

	/** One to three words in double or curly quotes, or in single quotes that are not apostrophes. */
	private static final Pattern QUOTED = Pattern.compile("(?<lead>(?i:known as|called|nicknamed)\\s+)?"
			+ "(?:[\"“](?<double>[^\"“”\\n]{1,30})[\"”]|‘(?<curly>[^‘’\\n]{1,30})’"
			+ "|(?<![\\p{L}\\p{N}])'(?<single>[^'\\n]{1,30})'(?![\\p{L}\\p{N}]))");

	private static final Pattern FEW_WORDS = Pattern.compile("[\\p{L}'’\\-]+(?:\\s+[\\p{L}'’\\-]+){0,2}");

	private static final Pattern WORKPLACE_PATTERN = Pattern.compile("(?i)\\b(?:work(?:s|ed|ing)?|employed"
			+ "|volunteer(?:s|ed|ing)?|job)\\s+(?:as|at|for|in)\\s+"
			+ "(?:(?!\\s(?:and|but|or|then|when|while|who|so|until)\\s)[^.;:!?\\n,]){1,60}");

	private static final Pattern SMALL_NUMBER_PATTERN = Pattern.compile("(?i)\\b(?:\\d{1,3}|one|two|three|four|five"
			+ "|six|seven|eight|nine|ten)\\s+(?:children|child|kids|sons?|daughters?|grandchildren|stepchildren"
			+ "|siblings|brothers?|sisters?|dogs?|cats?|horses?)\\b"
			+ "|\\b(?:house|flat|door|room|ward|bed|bay|platform|bus|route|junction|exit|number|no\\.)"
			+ "\\s*(?:number\\s*|no\\.?\\s*)?\\d{1,3}[A-Za-z]?\\b");

	private static final Pattern CAPITALISED_WORD = Pattern
		.compile("(?<![\\p{L}\\p{N}'’\\-])\\p{Lu}[\\p{L}\\p{N}'’\\-]*+");

	private static final Pattern ALLOWED_PHRASE = Pattern.compile("Clare['’]s Law|Sarah['’]s Law");

	private IdentifyingWarnings() {
	}

	static List<Warning> in(String text) {
		List<Warning> found = new ArrayList<>();
		add(found, text, AGE_PATTERN, AGE);
		add(found, text, SMALL_NUMBER_PATTERN, SMALL_NUMBER);
		add(found, text, RANK_PATTERN, RANK);
		add(found, text, WORKPLACE_PATTERN, WORKPLACE);
		nicknames(found, text);
		capitalised(found, text);
		found.sort(Comparator.comparingInt(Warning::start).thenComparingInt(Warning::end));
		return found;
	}

	private static void add(List<Warning> found, String text, Pattern pattern, String key) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			add(found, new Warning(matcher.group().strip(), matcher.start(), matcher.start()
					+ matcher.group().stripTrailing().length(), key));
		}
	}

	/** Adds the warning unless one already covers any of the same words. */
	private static void add(List<Warning> found, Warning warning) {
		if (found.stream().noneMatch(warning::overlaps)) {
			found.add(warning);
		}
	}

	private static void nicknames(List<Warning> found, String text) {
		Matcher matcher = QUOTED.matcher(text);
		while (matcher.find()) {
			String quoted = firstNonNull(matcher.group("double"), matcher.group("curly"), matcher.group("single"));
			boolean named = matcher.group("lead") != null;
			if (FEW_WORDS.matcher(quoted).matches() && (named || Character.isUpperCase(quoted.charAt(0)))
					&& !CaseStudyAnonymiser.PLACEHOLDER.matcher(quoted).matches()) {
				add(found, new Warning(matcher.group(), matcher.start(), matcher.end(), NICKNAME));
			}
		}
	}

	/**
	 * Capitalised words that do not open a sentence and are not common: each run of them ("Queen Elizabeth
	 * Hospital") is one warning. A word opening a sentence is left, as every sentence opens with one, unless the run
	 * carries on from it ("Bexley Council moved her").
	 */
	private static void capitalised(List<Warning> found, String text) {
		boolean[] skip = new boolean[text.length()];
		mark(skip, text, CaseStudyAnonymiser.PLACEHOLDER);
		mark(skip, text, ALLOWED_PHRASE);
		mark(skip, text, COURTESY_PATTERN);
		mark(skip, text, Pattern.compile("(?<![\\p{L}\\p{N}])" + Ranks.RANK + "(?![\\p{L}\\p{N}])"));
		Matcher word = CAPITALISED_WORD.matcher(text);
		int runStart = -1;
		int runEnd = -1;
		int opener = -1;
		int openerEnd = -1;
		while (word.find()) {
			int start = word.start();
			boolean unknown = !skip[start] && !CommonWords.isCommon(word.group());
			boolean joined = runStart >= 0 && text.substring(runEnd, start).isBlank();
			if (unknown && joined) {
				runEnd = word.end();
				continue;
			}
			if (runStart >= 0) {
				addCapitalised(found, text, runStart, runEnd);
				runStart = -1;
			}
			if (unknown && opensSentence(text, start)) {
				opener = start;
				openerEnd = word.end();
			}
			else if (unknown) {
				boolean afterOpener = opener >= 0 && text.substring(openerEnd, start).isBlank();
				runStart = afterOpener ? opener : start;
				runEnd = word.end();
				opener = -1;
			}
			else {
				opener = -1;
			}
		}
		if (runStart >= 0) {
			addCapitalised(found, text, runStart, runEnd);
		}
	}

	private static void addCapitalised(List<Warning> found, String text, int start, int end) {
		String words = text.substring(start, end).replaceAll("(?:['’]s|['’])$", "");
		add(found, new Warning(words, start, start + words.length(), CAPITALISED));
	}

	/** Whether only quotes, brackets and spaces stand between this word and the end of a sentence, or the start. */
	private static boolean opensSentence(String text, int at) {
		int i = at - 1;
		while (i >= 0 && (Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n'
				|| "\"“‘'(*•-–".indexOf(text.charAt(i)) >= 0)) {
			i--;
		}
		return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0;
	}

	private static void mark(boolean[] skip, String text, Pattern pattern) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			for (int i = matcher.start(); i < matcher.end(); i++) {
				skip[i] = true;
			}
		}
	}

	private static String firstNonNull(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return "";
	}

}
