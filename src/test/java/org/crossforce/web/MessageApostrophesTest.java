package org.crossforce.web;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring passes a message through MessageFormat only when it is given arguments, so an apostrophe is written twice
 * ('') in a message with placeholders and once in a message without. A doubled apostrophe in a message without
 * placeholders is shown to people as two.
 */
class MessageApostrophesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

	/**
	 * Messages without placeholders that are nevertheless always resolved with arguments (their siblings use them),
	 * so MessageFormat does run on them.
	 */
	private static final Set<String> RESOLVED_WITH_ARGUMENTS = Set.of("investigations.duty.ACKNOWLEDGE_REVIEW");

	@Test
	void aMessageWithoutPlaceholdersHasNoDoubledApostrophe() throws Exception {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> doubled = new ArrayList<>();
		for (String key : messages.stringPropertyNames()) {
			String text = messages.getProperty(key);
			if (text.contains("''") && !PLACEHOLDER.matcher(text).find() && !RESOLVED_WITH_ARGUMENTS.contains(key)) {
				doubled.add(key);
			}
		}
		assertThat(doubled).isEmpty();
	}

}
