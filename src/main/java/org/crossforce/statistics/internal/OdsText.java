package org.crossforce.statistics.internal;

/**
 * Text made safe for an OpenDocument file: XML-escaped, stripped of characters XML 1.0 cannot carry, and with the
 * line breaks, tabs and runs of spaces that ODF would otherwise collapse written as its own elements (ODF 1.3 part 3,
 * 6.1.2 white space characters).
 */
final class OdsText {

	private OdsText() {
	}

	/** Text for an attribute value or an element with no ODF white space rules. */
	static String escaped(String text) {
		StringBuilder xml = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> xml.append("&amp;");
				case '<' -> xml.append("&lt;");
				case '>' -> xml.append("&gt;");
				case '"' -> xml.append("&quot;");
				case '\'' -> xml.append("&apos;");
				default -> xml.appendCodePoint(allowedInXml(c) ? c : '\uFFFD');
			}
		});
		return xml.toString();
	}

	/** One {@code text:p} a line, so a cell holding line breaks shows them. */
	static String paragraphs(String text) {
		StringBuilder xml = new StringBuilder();
		for (String line : text.split("\r\n|\r|\n", -1)) {
			xml.append("<text:p>").append(line(line)).append("</text:p>");
		}
		return xml.toString();
	}

	private static String line(String line) {
		StringBuilder xml = new StringBuilder();
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == ' ') {
				int run = 1;
				while (i + run < line.length() && line.charAt(i + run) == ' ') {
					run++;
				}
				boolean edge = i == 0 || i + run == line.length();
				int kept = edge ? 0 : 1;
				xml.append(" ".repeat(kept));
				if (run > kept) {
					xml.append("<text:s text:c=\"").append(run - kept).append("\"/>");
				}
				i += run;
			}
			else if (c == '\t') {
				xml.append("<text:tab/>");
				i++;
			}
			else {
				int end = i;
				while (end < line.length() && line.charAt(end) != ' ' && line.charAt(end) != '\t') {
					end++;
				}
				xml.append(escaped(line.substring(i, end)));
				i = end;
			}
		}
		return xml.toString();
	}

	private static boolean allowedInXml(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}
