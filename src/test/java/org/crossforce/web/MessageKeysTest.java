package org.crossforce.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each message key is defined once. The copy is appended in blocks, a block a feature; a key written again in a later
 * block silently replaces the first, changing words on pages that block's author never saw.
 */
class MessageKeysTest {

	private static final Pattern KEY = Pattern.compile("^([^#!\\s][^=:\\s]*)\\s*[=:]");

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		String text;
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Map<String, Integer> firstLine = new HashMap<>();
		List<String> repeated = new ArrayList<>();
		String[] lines = text.split("\n");
		boolean continued = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (!continued) {
				Matcher key = KEY.matcher(line);
				if (key.find()) {
					Integer before = firstLine.putIfAbsent(key.group(1), i + 1);
					if (before != null) {
						repeated.add(key.group(1) + " (lines " + before + " and " + (i + 1) + ")");
					}
				}
			}
			continued = line.endsWith("\\");
		}
		assertThat(repeated).isEmpty();
	}

}
