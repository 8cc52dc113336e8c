package org.crossforce.supercomplaints.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text part-way through anonymising. What has been replaced, or set aside as already safe, is held as a sealed token
 * of private-use characters, which no later pattern can match: a date rewritten to "March 2024" cannot then lose
 * "March" to a known name, and a placeholder is never replaced twice.
 */
final class RedactedText {

	private static final char OPEN = '\uE000';

	private static final char CLOSE = '\uE001';

	/** Token numbers are written in these sixteen private-use characters, so a token holds no digit or letter. */
	private static final char DIGIT_ZERO = '\uE010';

	private static final Pattern TOKEN = Pattern.compile(OPEN + "([\uE010-\uE01F]+)" + CLOSE);

	private String text;

	private final List<String> sealed = new ArrayList<>();

	private final Map<Removal.Kind, Integer> counts = new EnumMap<>(Removal.Kind.class);

	RedactedText(String original) {
		this.text = original.replaceAll("[\uE000-\uE01F]", " ");
	}

	/** Sets aside every match as it is, uncounted: text that is already safe. */
	void keep(Pattern pattern) {
		rewrite(pattern, match -> seal(match.group()));
	}

	/** Replaces every match with the kind's placeholder. */
	void remove(Pattern pattern, Removal.Kind kind) {
		rewrite(pattern, match -> removed(kind));
	}

	/**
	 * Replaces each match with what the function gives, which may mix text with {@link #removed} tokens; a null
	 * leaves the match as it was.
	 */
	void rewrite(Pattern pattern, Function<Matcher, String> replacement) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		int last = 0;
		while (matcher.find()) {
			String with = replacement.apply(matcher);
			if (with != null) {
				out.append(text, last, matcher.start()).append(with);
				last = matcher.end();
			}
		}
		out.append(text, last, text.length());
		text = out.toString();
	}

	/** A token for the kind's placeholder, counted as one removal. */
	String removed(Removal.Kind kind) {
		return removed(kind, kind.placeholder());
	}

	/** A token shown as {@code shown}, counted as one removal of the kind (a date shown as its month, say). */
	String removed(Removal.Kind kind, String shown) {
		counts.merge(kind, 1, Integer::sum);
		return seal(shown);
	}

	private String seal(String shown) {
		sealed.add(shown);
		String number = Integer.toHexString(sealed.size() - 1);
		StringBuilder token = new StringBuilder().append(OPEN);
		for (char digit : number.toCharArray()) {
			token.append((char) (DIGIT_ZERO + Character.digit(digit, 16)));
		}
		return token.append(CLOSE).toString();
	}

	/** The text with every token shown as what it stands for. */
	String shown() {
		return TOKEN.matcher(text).replaceAll(match -> Matcher.quoteReplacement(sealed.get(index(match.group(1)))));
	}

	List<Removal> removals() {
		return counts.entrySet().stream().map(entry -> new Removal(entry.getKey(), entry.getValue())).toList();
	}

	private static int index(String digits) {
		int index = 0;
		for (char digit : digits.toCharArray()) {
			index = index * 16 + (digit - DIGIT_ZERO);
		}
		return index;
	}

}
