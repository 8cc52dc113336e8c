package org.crossforce.supercomplaints.internal;

import java.util.Objects;

/**
 * Something left in an anonymised case study that may still identify someone, for the author to check. The text is
 * quoted from the anonymised result (never from what was removed), so showing the warning reveals nothing new.
 *
 * @param text the words the warning is about, as they stand in the anonymised text
 * @param start where they start in the anonymised text
 * @param end where they end (exclusive)
 * @param messageKey the key of the plain-English reason in messages.properties, with {@code text} as its {@code {0}}
 */
public record Warning(String text, int start, int end, String messageKey) {

	public Warning {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(messageKey, "messageKey");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("A warning spans " + start + " to " + end);
		}
	}

	/** Up to {@code around} characters either side of the words, so the author can find them in the text. */
	public String snippet(String anonymisedText, int around) {
		int from = Math.max(0, start - around);
		int to = Math.min(anonymisedText.length(), end + around);
		return anonymisedText.substring(from, to).strip();
	}

	boolean overlaps(Warning other) {
		return start < other.end && other.start < end;
	}

}
