package org.crossforce.supercomplaints.internal;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exact dates rewritten to their month and year. The day a thing happened can be matched against a force's logs or a
 * local news report; the month still shows how long things took. A date without a year is shown as "[date]", as its
 * month alone says little and the day could still be looked up.
 */
final class ExactDates {

	private static final String WEEKDAY = "(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
			+ "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?,?\\s+(?:the\\s+)?)?";

	private static final String MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october"
			+ "|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";

	/** After a day, a month in any case: "14 may 2024" cannot mean the verb. */
	private static final String MONTH_AFTER_DAY = "(?<month>(?i:" + MONTH_NAMES + "))";

	/** Before a day, only a capitalised month, so "she may 5..." is left alone. */
	private static final String MONTH_BEFORE_DAY = "(?<month>January|February|March|April|May|June|July|August"
			+ "|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";

	private static final String ORDINAL = "(?:st|nd|rd|th)?";

	/** "14-16 March": the first day of a range goes with the date. */
	private static final String RANGE_START = "(?:\\d{1,2}" + ORDINAL + "\\s*(?:-|–|to|and|&)\\s*)?";

	private static final String YEAR = "(?:,?\\s+(?<year>(?:19|20)\\d{2}))?(?!\\d)";

	static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])" + WEEKDAY + RANGE_START
			+ "\\d{1,2}" + ORDINAL + "(?:\\s+of)?\\s+" + MONTH_AFTER_DAY + "(?![\\p{L}])" + YEAR);

	static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])" + WEEKDAY + MONTH_BEFORE_DAY
			+ "\\s+(?:the\\s+)?" + RANGE_START + "\\d{1,2}" + ORDINAL + "(?![\\p{L}\\p{N}])" + YEAR);

	/** Day first, as dates are written in the UK: 14/03/2024, 14.3.24, 14-03-2024. */
	static final Pattern NUMERIC = Pattern.compile(
			"(?<![\\d/.\\-])(?<day>\\d{1,2})(?<sep>[/.\\-])(?<monthNumber>\\d{1,2})\\k<sep>(?<year>\\d{4}|\\d{2})(?![\\d/\\-]|\\.\\d)");

	static final Pattern ISO = Pattern
		.compile("(?<![\\d\\-])(?<year>\\d{4})-(?<monthNumber>\\d{1,2})-(?<day>\\d{1,2})(?![\\d\\-])");

	/** 14/03 with no year; a one-digit pair such as 1/2 is more likely a fraction, so is left. */
	static final Pattern DAY_MONTH_NUMERIC = Pattern
		.compile("(?<![\\d/.\\-])(?<day>\\d{1,2})/(?<monthNumber>\\d{1,2})(?![\\d/])");

	/** "Tuesday 5th": a weekday and a day of the month pin down a date as surely as a month does. */
	static final Pattern WEEKDAY_DAY = Pattern.compile("(?<![\\p{L}\\p{N}])(?i:monday|tuesday|wednesday|thursday"
			+ "|friday|saturday|sunday),?\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)(?![\\p{L}\\p{N}])");

	private ExactDates() {
	}

	static void rewrite(RedactedText text) {
		text.rewrite(NUMERIC, match -> numeric(text, match, true));
		text.rewrite(ISO, match -> numeric(text, match, true));
		text.rewrite(DAY_MONTH_NUMERIC, match -> match.group("day").length() + match.group("monthNumber").length() < 3
				? null : numeric(text, match, false));
		text.rewrite(DAY_MONTH_YEAR, match -> named(text, match));
		text.rewrite(MONTH_DAY_YEAR, match -> named(text, match));
		text.remove(WEEKDAY_DAY, Removal.Kind.DATE);
	}

	private static String named(RedactedText text, Matcher match) {
		String year = match.group("year");
		if (year == null) {
			return text.removed(Removal.Kind.DATE);
		}
		return text.removed(Removal.Kind.DATE, monthName(month(match.group("month"))) + " " + year);
	}

	private static String numeric(RedactedText text, Matcher match, boolean withYear) {
		int day = Integer.parseInt(match.group("day"));
		int month = Integer.parseInt(match.group("monthNumber"));
		if (day < 1 || day > 31 || month < 1 || month > 12) {
			return null;
		}
		if (!withYear) {
			return text.removed(Removal.Kind.DATE);
		}
		String year = match.group("year");
		if (year.length() == 2) {
			year = "20" + year;
		}
		return text.removed(Removal.Kind.DATE, monthName(Month.of(month)) + " " + year);
	}

	private static Month month(String name) {
		String start = name.substring(0, 3).toUpperCase(Locale.ROOT);
		for (Month month : Month.values()) {
			if (month.name().startsWith(start)) {
				return month;
			}
		}
		throw new IllegalArgumentException("Not a month: " + name);
	}

	private static String monthName(Month month) {
		return month.getDisplayName(TextStyle.FULL, Locale.UK);
	}

}
