package org.crossforce.foi.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crossforce.web.InvalidInput;

/**
 * A campaign's subject and request text, written once with placeholders that each request fills in: the authority's
 * name and region, the day the requests are sent, the sender's organisation and the request's own reference. An
 * unknown placeholder is refused when the text is saved, so a typing slip never reaches an authority.
 */
final class CampaignText {

	static final List<String> PLACEHOLDERS = List.of("authority", "region", "date", "organisation", "reference");

	/** A word in braces: anything else in braces is left as written. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)\\}");

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private CampaignText() {
	}

	/** The values for one request. */
	record Values(String authority, String region, LocalDate date, String organisation, String reference) {

		Map<String, String> asMap() {
			return Map.of("authority", authority, "region", region, "date", LONG_DATE.format(date), "organisation",
					organisation, "reference", reference);
		}

	}

	/** Refuses, naming the field, a text with a placeholder that is not one of {@link #PLACEHOLDERS}. */
	static void checkPlaceholders(String field, String template) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		while (matcher.find()) {
			if (!PLACEHOLDERS.contains(matcher.group(1))) {
				throw new InvalidInput(field, "foi.campaign.placeholder.unknown", matcher.group(),
						String.join(", ", PLACEHOLDERS.stream().map(name -> "{" + name + "}").toList()));
			}
		}
	}

	static String render(String template, Values values) {
		Map<String, String> map = values.asMap();
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder rendered = new StringBuilder();
		while (matcher.find()) {
			String value = map.getOrDefault(matcher.group(1), matcher.group());
			matcher.appendReplacement(rendered, Matcher.quoteReplacement(value == null ? "" : value));
		}
		matcher.appendTail(rendered);
		return rendered.toString();
	}

	/** The per-request reference an authority quotes back: FOI-campaign-request. */
	static String reference(long campaignId, long requestId) {
		return "FOI-" + campaignId + "-" + requestId;
	}

}
