package org.crossforce.statistics.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Colours and type shared by the charts. The series colours are the Government Analysis Function's categorical
 * palette, chosen to be told apart by people with the common forms of colour blindness; each has at least 3:1
 * contrast against white (WCAG 2.2, 1.4.11), and series are also told apart by marker shape and dash.
 */
public final class ChartStyle {

	public static final String FONT = "GDS Transport, arial, sans-serif";

	public static final String TEXT = "#0b0c0c";

	/** GOV.UK mid-grey for gridlines: a guide, not content, so it needs no contrast. */
	public static final String GRID = "#b1b4b6";

	/** Analysis Function dark blue, 10.3:1 against white. */
	public static final String BAR = "#12436d";

	/** Analysis Function orange for the area outlined against the rest; the outline is what marks it. */
	public static final String HIGHLIGHT = "#f46a25";

	/** Analysis Function dark blue, orange, dark pink, turquoise. */
	public static final List<String> SERIES = List.of("#12436d", "#f46a25", "#801650", "#28a197");

	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

	private ChartStyle() {
	}

	/** Chart ids become element ids and {@code url(#...)} references, so they are kept to plain words. */
	public static String checkId(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("A chart id is lower-case letters, digits and hyphens: " + id);
		}
		return id;
	}

}
