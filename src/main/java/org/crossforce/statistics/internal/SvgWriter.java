package org.crossforce.statistics.internal;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes SVG markup a piece at a time. Every attribute value and every text is escaped here, so a force name or a
 * label taken from data can never end an element or start a script. Element and attribute names are the caller's
 * constants, never data.
 */
public final class SvgWriter {

	private final StringBuilder out = new StringBuilder();

	private final Deque<String> open = new ArrayDeque<>();

	/** Starts an element; attributes come as name, value pairs, and a {@code null} value leaves that one out. */
	public SvgWriter start(String name, Object... attributes) {
		tag(name, attributes);
		out.append('>');
		open.push(name);
		return this;
	}

	/** An element with nothing inside. */
	public SvgWriter empty(String name, Object... attributes) {
		tag(name, attributes);
		out.append("/>");
		return this;
	}

	/** An element holding only text. */
	public SvgWriter text(String name, String text, Object... attributes) {
		tag(name, attributes);
		out.append('>');
		escape(text, out);
		out.append("</").append(name).append('>');
		return this;
	}

	public SvgWriter end() {
		out.append("</").append(open.pop()).append('>');
		return this;
	}

	/** The markup, once every element started has ended. */
	public String toMarkup() {
		if (!open.isEmpty()) {
			throw new IllegalStateException("Elements left open: " + open);
		}
		return out.toString();
	}

	/** A coordinate or length to a tenth of a pixel, with no trailing zeros and never in exponent form. */
	public static String number(double value) {
		long tenths = Math.round(value * 10);
		return BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
	}

	private void tag(String name, Object... attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("Attributes come in name, value pairs");
		}
		out.append('<').append(name);
		for (int i = 0; i < attributes.length; i += 2) {
			Object value = attributes[i + 1];
			if (value == null) {
				continue;
			}
			out.append(' ').append(attributes[i]).append("=\"");
			escape(value instanceof Double d ? number(d) : value.toString(), out);
			out.append('"');
		}
	}

	private static void escape(String text, StringBuilder out) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					// XML 1.0 forbids most control characters even when escaped; they carry nothing a reader needs.
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
	}

}
