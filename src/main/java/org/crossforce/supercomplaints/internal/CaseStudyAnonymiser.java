package org.crossforce.supercomplaints.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Takes out of a case study what would let a reader work out whose case it was, before it goes into a
 * super-complaint: names, references, numbers, postcodes, phone numbers, emails, online accounts, exact dates, times,
 * addresses and places (the force among them: naming the force names the area). Each is replaced by a bracketed
 * placeholder, so a reader can see something was there. What it cannot be sure of, it leaves and warns about, for the
 * author to judge: no list of patterns knows every name.
 * <p>
 * Anonymising anonymised text changes nothing: placeholders, and dates already shown as months, are left as they are.
 */
@Component
public class CaseStudyAnonymiser {

	/** About three thousand words: a case study, not a case file. */
	static final int MAX_LENGTH = 20_000;

	private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";

	private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}_])";

	static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:name|reference|number|postcode|phone number|email"
			+ "|online account|date|time|address|place)\\]");

	/** A month and year left where a day was, still after "on" ("On" keeps its capital: "In"). */
	private static final Pattern ON_A_MONTH = Pattern.compile("(?<![\\p{L}])([oO]n) ((?:January|February|"
			+ "March|April|May|June|July|August|September|October|November|December) (?:19|20)\\d{2})(?![\\p{L}\\p{N}])");

	private static final Pattern EMAIL = Pattern
		.compile("(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+){0,8}\\.[A-Za-z]{2,}");

	private static final Pattern URL = Pattern.compile(
			"(?i)\\b(?:https?://|www\\.)[^\\s<>\"]*[^\\s<>\".,;:!?)\\]]"
					+ "|(?<![a-z0-9\\-.])[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+){0,8}?\\.(?:com|co\\.uk|org\\.uk|org|net|uk|io|me|tv)"
					+ "(?:/[^\\s<>\"]*[^\\s<>\".,;:!?)\\]])?(?![\\p{L}\\p{N}])");

	private static final Pattern HANDLE = Pattern.compile("(?<![\\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?");

	/** Crossforce receipts ("CF-7KQ2-M9XD"), in any case and however the author spaced the dashes. */
	private static final Pattern RECEIPT = Pattern.compile("(?i)\\bCF-?[0-9A-Z]{4}(?:-?[0-9A-Z]{1,8})*\\b");

	/** Police crime and incident references such as 13/12345/24. */
	private static final Pattern POLICE_REFERENCE = Pattern.compile("(?<![\\d/])\\d{1,4}/\\d{3,8}/\\d{2,4}(?![\\d/])");

	/** Whatever follows "crime reference", "log number", "URN" and the like, when it holds a digit. */
	private static final Pattern LABELLED_REFERENCE = Pattern.compile(
			"(?i)(?<label>\\b(?:crime|incident|occurrence|log|case|cad|urn|ref(?:erence)?)\\.?(?:\\s+(?:ref(?:erence)?\\.?|number|no\\.?))?"
					+ "\\s*[:#]?\\s*)(?<value>(?=[A-Z0-9/\\-]*\\d)[A-Z0-9][A-Z0-9/\\-]{2,}[A-Z0-9])(?![\\p{L}\\p{N}])");

	/** UK numbers from 0 or +44 with ten or eleven digits, spaced, dashed or bracketed however. */
	private static final Pattern PHONE = Pattern.compile("(?<![\\w+])(?:(?:\\+|00)44[\\s\\-.]?(?:\\(0\\)[\\s\\-.]?)?"
			+ "\\(?\\d|\\(?0)(?:[\\s\\-.()]{0,2}\\d){8,10}(?!\\d)");

	/** Number plates in the current style ("AB12 CDE"), in capitals, as they are written. */
	private static final Pattern NUMBER_PLATE = Pattern
		.compile(NOT_WORD_BEFORE + "[A-Z]{2}\\d{2}\\s?[A-Z]{3}" + NOT_WORD_AFTER);

	/** Letters that can open a postcode (Q, V and X never do) and the second letter (never I, J or Z). */
	private static final String OUTWARD = "[A-PR-UWYZ][A-HK-Y]?\\d[A-HJKPSTUW\\d]?";

	private static final Pattern POSTCODE = Pattern.compile("(?i)" + NOT_WORD_BEFORE + OUTWARD
			+ "\\s*\\d[ABD-HJLNP-UW-Z]{2}" + NOT_WORD_AFTER);

	private static final Pattern OUTWARD_POSTCODE = Pattern.compile("(?i)" + NOT_WORD_BEFORE + OUTWARD + NOT_WORD_AFTER);

	private static final Pattern TIME = Pattern.compile("(?i)(?<![\\w:.])(?:[01]?\\d|2[0-3])(?:[:.][0-5]\\d)?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)(?!\\w)"
			+ "|(?<![\\w:.])(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?:\\s*(?:hrs|hours|h)\\b)?(?![\\w:])"
			+ "|(?<![\\w:.])(?:[01]\\d|2[0-3])[0-5]\\d\\s*(?:hrs|hours|h)\\b");

	private static final String STREET_TYPES = "Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Grove"
			+ "|Place|Gardens|Terrace|Court|Walk|Rise|Hill|Square|Mews|Row|Parade|Green|View|Park|Vale|Wharf|Yard";

	private static final String CAPITALISED_WORD = "\\p{Lu}[\\p{L}'’\\-]++";

	/** A name or an initial; an apostrophe only inside it (O'Brien), so "Smith's" leaves its "'s" behind. */
	private static final String NAME_WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\-]*+(?:['’](?!s(?!\\p{L}))\\p{L}[\\p{L}\\-]*+)*+)";

	private static final Pattern NUMBERED_ADDRESS = Pattern.compile(
			"(?:\\b(?:Flat|Apartment|Apt|Unit)\\s+\\d{1,4}[A-Za-z]?,?\\s+)?(?<![\\p{L}\\p{N}])\\d{1,4}[A-Za-z]?,?\\s+(?:"
					+ CAPITALISED_WORD + "\\s+){1,3}(?:" + STREET_TYPES + ")" + NOT_WORD_AFTER);

	/** Without a house number only the street types that are seldom anything else ("Crown Court" is left). */
	private static final Pattern STREET = Pattern.compile("(?<![\\p{L}\\p{N}_'’\\-])(?:" + CAPITALISED_WORD + "\\s+){1,2}"
			+ "(?:Street|Road|Avenue|Lane|Close|Drive|Crescent|Grove|Gardens|Terrace|Mews)" + NOT_WORD_AFTER);

	/** A rank or title, optionally a collar number, then up to three capitalised names or initials. */
	private static final Pattern TITLED_NAME = Pattern.compile(NOT_WORD_BEFORE + "(?<title>(?:" + Ranks.RANK + "|"
			+ Ranks.COURTESY + ")\\.?)(?<space>\\s+|(?=\\d))(?<collar>\\d{2,6}\\s+)?(?<names>" + NAME_WORD
			+ "(?:\\s+" + NAME_WORD + "){0,2})" + NOT_WORD_AFTER);

	/** A rank and a collar number with no name: "PC 1234", "PC1234". */
	private static final Pattern COLLAR_NUMBER = Pattern
		.compile(NOT_WORD_BEFORE + "(?<title>" + Ranks.RANK + "\\.?)(?<space>\\s*)\\d{2,6}" + NOT_WORD_AFTER);

	private static final Pattern LONG_NUMBER = Pattern.compile("(?<!\\d)\\d{4,}(?!\\d)");

	/** First names that are also common lower-case words. */
	private static final Set<String> EVERYDAY_NAMES = Set.of("will", "hope", "rose", "mark", "grace", "faith", "joy",
			"bill", "guy", "pat", "sue", "dawn", "amber", "ruby", "jack", "frank", "holly", "ivy", "lily", "daisy",
			"iris", "robin", "sky", "rich", "chase", "drew", "max", "art", "ray", "summer", "autumn", "heather",
			"pearl", "crystal", "angel", "gay", "penny", "victor", "sunny", "carol", "ken", "ben", "don", "rob",
			"nick", "dean", "earl", "grant", "hunter", "mason", "miles", "wade", "cliff", "glen", "reed", "gene");

	private final List<String> placeNames;

	/** Anonymises with these place names, as well as any a case supplies, removed as places. */
	public CaseStudyAnonymiser(Collection<String> placeNames) {
		this.placeNames = List.copyOf(placeNames);
	}

	/** Every force's name and area name is a place. */
	@Autowired
	public CaseStudyAnonymiser(Forces forces) {
		this(ForcePlaceNames.from(forces.all().stream().map(Force::name).toList()));
	}

	/**
	 * @param text the case study as the author wrote it
	 * @param known names and places the service holds for the case
	 * @throws IllegalArgumentException for null or blank text, or text over {@value #MAX_LENGTH} characters; the
	 * placeholders of anonymised text are not counted, as they can be longer than what they replaced and
	 * anonymising the result again must still work
	 */
	public Anonymised anonymise(String text, KnownIdentifiers known) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A case study needs some text to anonymise");
		}
		int length = PLACEHOLDER.matcher(text).replaceAll("").length();
		if (length > MAX_LENGTH) {
			throw new IllegalArgumentException("A case study may be at most 20,000 characters, not counting "
					+ "placeholders; this one has " + length);
		}
		Objects.requireNonNull(known, "known");
		RedactedText redacted = new RedactedText(text);
		redacted.keep(PLACEHOLDER);
		redacted.remove(EMAIL, Removal.Kind.EMAIL);
		redacted.remove(URL, Removal.Kind.ONLINE);
		redacted.remove(HANDLE, Removal.Kind.ONLINE);
		redacted.remove(RECEIPT, Removal.Kind.REFERENCE);
		redacted.remove(POLICE_REFERENCE, Removal.Kind.REFERENCE);
		redacted.rewrite(LABELLED_REFERENCE,
				match -> match.group("label") + redacted.removed(Removal.Kind.REFERENCE));
		redacted.remove(PHONE, Removal.Kind.PHONE);
		redacted.remove(NUMBER_PLATE, Removal.Kind.NUMBER);
		redacted.remove(POSTCODE, Removal.Kind.POSTCODE);
		redacted.remove(OUTWARD_POSTCODE, Removal.Kind.POSTCODE);
		ExactDates.rewrite(redacted);
		redacted.remove(TIME, Removal.Kind.TIME);
		redacted.remove(NUMBERED_ADDRESS, Removal.Kind.ADDRESS);
		redacted.remove(STREET, Removal.Kind.ADDRESS);
		redacted.rewrite(TITLED_NAME, match -> titledName(redacted, match));
		redacted.rewrite(COLLAR_NUMBER,
				match -> match.group("title") + match.group("space") + redacted.removed(Removal.Kind.NUMBER));
		List<String> names = nameWords(known.names());
		removeWords(redacted, names.stream().filter(name -> !isEverydayWord(name)).toList(), Removal.Kind.NAME,
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		removeWords(redacted, names.stream().filter(CaseStudyAnonymiser::isEverydayWord).toList(), Removal.Kind.NAME, 0);
		List<String> places = new ArrayList<>(known.places());
		places.addAll(placeNames);
		removeWords(redacted, places, Removal.Kind.PLACE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		redacted.rewrite(LONG_NUMBER, match -> isYear(match.group()) ? null : redacted.removed(Removal.Kind.NUMBER));
		// "on 14 March 2024" became "on March 2024"; "in" reads right, and is as long, so nothing else moves.
		String shown = ON_A_MONTH.matcher(redacted.shown())
			.replaceAll(match -> (match.group(1).startsWith("O") ? "In " : "in ") + match.group(2));
		return new Anonymised(shown, redacted.removals(), IdentifyingWarnings.in(shown));
	}

	/** Keeps the rank or title, and any words after it that are not names ("DC Jones on Monday"). */
	private static String titledName(RedactedText redacted, Matcher match) {
		String names = match.group("names");
		String[] words = names.split("\\s+");
		int kept = words.length;
		while (kept > 0 && CommonWords.isCommon(words[kept - 1])) {
			kept--;
		}
		if (kept == 0 || CommonWords.isCommon(words[0])) {
			return null;
		}
		String collar = match.group("collar");
		StringBuilder out = new StringBuilder(match.group("title")).append(match.group("space"));
		if (collar != null) {
			out.append(redacted.removed(Removal.Kind.NUMBER)).append(' ');
		}
		out.append(redacted.removed(Removal.Kind.NAME));
		return out.append(names.substring(lastWordEnd(names, words, kept))).toString();
	}

	private static int lastWordEnd(String names, String[] words, int kept) {
		int at = 0;
		for (int i = 0; i < kept; i++) {
			at = names.indexOf(words[i], at) + words[i].length();
		}
		return at;
	}

	/**
	 * Each full name, and each part of it long enough to be a name rather than an initial or a title; a
	 * double-barrelled part both whole and in its halves.
	 */
	private static List<String> nameWords(List<String> names) {
		Set<String> words = new LinkedHashSet<>();
		for (String name : names) {
			words.add(name);
			for (String part : name.split("\\s+")) {
				addNamePart(words, part);
				if (part.contains("-")) {
					for (String half : part.split("-+")) {
						addNamePart(words, half);
					}
				}
			}
		}
		return List.copyOf(words);
	}

	private static void addNamePart(Set<String> words, String part) {
		String bare = part.replaceAll("[.,]", "");
		if (bare.length() > 1 && !bare.matches(Ranks.RANK + "|" + Ranks.COURTESY)) {
			words.add(bare);
		}
	}

	/**
	 * Names that are also everyday words ("May", "Will", "Hope") are removed only where written with a capital, so
	 * "she will" survives a victim called Will. A capitalised "May" that was a month is lost too: safer than a name
	 * left in.
	 */
	private static boolean isEverydayWord(String name) {
		return CommonWords.isCommon(name) || EVERYDAY_NAMES.contains(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Removes each of these words or phrases, whole, with any spacing (and in any case, given the flags), longest first so "Greater
	 * Manchester Police" goes before "Greater Manchester". A plural possessive ("the Whitfields'") goes with it.
	 */
	private static void removeWords(RedactedText redacted, Collection<String> words, Removal.Kind kind, int flags) {
		List<String> longestFirst = words.stream()
			.filter(word -> word.strip().length() > 1)
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		if (longestFirst.isEmpty()) {
			return;
		}
		String alternatives = longestFirst.stream()
			.map(CaseStudyAnonymiser::asWritten)
			.collect(Collectors.joining("|"));
		Pattern pattern = Pattern.compile(NOT_WORD_BEFORE + "(?:" + alternatives + ")(?:s(?=['’]))?" + NOT_WORD_AFTER,
				flags);
		redacted.remove(pattern, kind);
	}

	/**
	 * A pattern for the word however it is spaced, hyphenated or apostrophised: "O'Brien" finds "O’Brien", and
	 * "Dyfed-Powys" finds "Dyfed Powys".
	 */
	private static String asWritten(String word) {
		return Arrays.stream(word.strip().split("\\s+|(?=['’\\-])|(?<=['’\\-])"))
			.map(piece -> switch (piece) {
				case "'", "’" -> "['’]";
				case "-" -> "[\\s\\-‐–]*";
				default -> Pattern.quote(piece);
			})
			.collect(Collectors.joining("\\s*"))
			.replace("\\E\\s*\\Q", "\\E\\s+\\Q");
	}

	/** A year on its own says less than the month and year a date is shown as, so it stays. */
	private static boolean isYear(String digits) {
		if (digits.length() != 4) {
			return false;
		}
		int value = Integer.parseInt(digits);
		return value >= 1900 && value <= 2099;
	}

}
