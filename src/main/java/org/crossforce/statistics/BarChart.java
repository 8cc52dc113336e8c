package org.crossforce.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crossforce.statistics.internal.ChartStyle;
import org.crossforce.statistics.internal.ChartWords;
import org.crossforce.statistics.internal.NiceScale;
import org.crossforce.statistics.internal.SvgWriter;

import org.springframework.context.MessageSource;

/**
 * A horizontal bar chart of one measure by area, as SVG: a bar per figure with the figure at its end, an axis
 * from zero with round ticks, and in place of a missing figure no bar and its symbol ("[c]"). One area can be
 * outlined and set in bold, so it stands out without relying on colour.
 */
public final class BarChart {

	static final int WIDTH = 720;

	static final int LABELS = 290;

	static final int PLOT = 340;

	static final int TOP = 48;

	static final int ROW = 24;

	static final int BAR = 16;

	static final int KEY_LINE = 22;

	private final ChartWords words;

	public BarChart(MessageSource messages, Locale locale) {
		this.words = new ChartWords(messages, locale);
	}

	/** Figures largest first, then the areas with no figure in the order given. */
	public static List<ChartValue> largestFirst(List<ChartValue> values) {
		return values.stream()
			.sorted(Comparator.comparing(ChartValue::hasValue)
				.reversed()
				.thenComparing(value -> value.hasValue() ? value.value().negate() : BigDecimal.ZERO))
			.toList();
	}

	/**
	 * @param id unique on the page: lower-case letters, digits and hyphens
	 * @param title what the chart shows, as its accessible name
	 * @param measure the axis title: "Reports per 1,000 officers and staff"
	 * @param values one per bar, drawn in the order given (see {@link #largestFirst})
	 * @param format how figures and ticks are written
	 * @param highlightKey the key of the area to outline, or {@code null}
	 */
	public String render(String id, String title, String measure, List<ChartValue> values, FigureFormat format,
			String highlightKey) {
		ChartStyle.checkId(id);
		NiceScale scale = NiceScale.upTo(values.stream()
			.filter(ChartValue::hasValue)
			.map(ChartValue::value)
			.max(Comparator.naturalOrder())
			.orElse(null));
		Set<Symbol> symbols = EnumSet.noneOf(Symbol.class);
		values.stream().filter(value -> !value.hasValue()).forEach(value -> symbols.add(value.symbol()));
		ChartValue highlighted = values.stream().filter(value -> value.key().equals(highlightKey)).findFirst()
			.orElse(null);
		int keyLines = symbols.size() + (highlighted == null ? 0 : 1);
		int plotBottom = TOP + values.size() * ROW;
		int height = plotBottom + 12 + keyLines * KEY_LINE;

		SvgWriter svg = new SvgWriter();
		svg.start("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "crossforce-chart", "viewBox",
				"0 0 " + WIDTH + " " + height, "role", "img", "aria-labelledby", id + "-title " + id + "-desc",
				"font-family", ChartStyle.FONT, "font-size", "14", "fill", ChartStyle.TEXT);
		svg.text("title", title, "id", id + "-title");
		svg.text("desc", description(measure, values, format, highlighted), "id", id + "-desc");
		axis(svg, measure, scale, plotBottom);
		for (int row = 0; row < values.size(); row++) {
			bar(svg, values.get(row), TOP + row * ROW, scale, format, values.get(row) == highlighted);
		}
		key(svg, symbols, highlighted, plotBottom + 12);
		svg.end();
		return svg.toMarkup();
	}

	private void axis(SvgWriter svg, String measure, NiceScale scale, int plotBottom) {
		FigureFormat tickFormat = new FigureFormat(scale.decimals());
		svg.text("text", measure, "class", "axis-title", "x", (double) LABELS, "y", 16.0, "font-weight", "bold");
		svg.start("g", "class", "axis", "aria-hidden", "true");
		for (BigDecimal tick : scale.ticks()) {
			double x = LABELS + scale.position(tick, PLOT);
			svg.empty("line", "x1", x, "x2", x, "y1", TOP - 6.0, "y2", (double) plotBottom, "stroke", ChartStyle.GRID,
					"stroke-width", "1");
			svg.text("text", tickFormat.format(tick), "class", "tick", "x", x, "y", TOP - 12.0, "text-anchor",
					"middle", "font-size", "12");
		}
		svg.end();
	}

	private void bar(SvgWriter svg, ChartValue value, int top, NiceScale scale, FigureFormat format,
			boolean highlighted) {
		double middle = top + ROW / 2.0 + 5;
		String weight = highlighted ? "bold" : null;
		svg.start("g", "class", highlighted ? "bar-row highlighted" : "bar-row", "data-key", value.key());
		svg.text("text", value.label(), "class", "bar-label", "x", LABELS - 8.0, "y", middle, "text-anchor", "end",
				"font-weight", weight);
		if (value.hasValue()) {
			double width = scale.position(value.value(), PLOT);
			svg.empty("rect", "class", "bar", "x", (double) LABELS, "y", top + (ROW - BAR) / 2.0, "width", width,
					"height", (double) BAR, "fill", highlighted ? ChartStyle.HIGHLIGHT : ChartStyle.BAR, "stroke", highlighted ? ChartStyle.TEXT : null,
					"stroke-width", highlighted ? "3" : null, "data-value", value.value().toPlainString());
			svg.text("text", format.format(value.value()), "class", "bar-value", "x", LABELS + width + 6,
					"y", middle, "font-weight", weight);
		}
		else {
			svg.text("text", value.symbol().shorthand(), "class", "bar-symbol", "x", LABELS + 6.0, "y", middle,
					"font-weight", weight);
		}
		svg.end();
	}

	private void key(SvgWriter svg, Set<Symbol> symbols, ChartValue highlighted, int top) {
		if (symbols.isEmpty() && highlighted == null) {
			return;
		}
		svg.start("g", "class", "key");
		int line = 0;
		if (highlighted != null) {
			double y = top + line * KEY_LINE;
			svg.empty("rect", "x", (double) LABELS, "y", y + 3, "width", 24.0, "height", 12.0, "fill", ChartStyle.HIGHLIGHT,
					"stroke", ChartStyle.TEXT, "stroke-width", "3");
			svg.text("text", words.get("statistics.chart.bar.highlight", highlighted.label()), "x", LABELS + 32.0,
					"y", y + 14);
			line++;
		}
		for (Symbol symbol : symbols) {
			svg.text("text", words.meaning(symbol), "class", "key-symbol", "x", (double) LABELS, "y",
					top + line * KEY_LINE + 14.0);
			line++;
		}
		svg.end();
	}

	private String description(String measure, List<ChartValue> values, FigureFormat format,
			ChartValue highlighted) {
		List<ChartValue> shown = values.stream().filter(ChartValue::hasValue).toList();
		List<String> sentences = new ArrayList<>();
		sentences.add(words.get("statistics.chart.bar.desc", measure, values.size()));
		if (!shown.isEmpty()) {
			ChartValue highest = shown.stream().max(Comparator.comparing(ChartValue::value)).orElseThrow();
			ChartValue lowest = shown.stream().min(Comparator.comparing(ChartValue::value)).orElseThrow();
			sentences.add(words.get("statistics.chart.desc.range", highest.label(), format.format(highest.value()),
					lowest.label(), format.format(lowest.value())));
		}
		if (highlighted != null) {
			sentences.add(words.get("statistics.chart.bar.desc.highlight", highlighted.label(),
					ChartWords.figure(highlighted, format)));
		}
		List<String> missing = values.stream()
			.filter(value -> !value.hasValue())
			.map(value -> value.label() + " " + value.symbol().shorthand())
			.toList();
		if (!missing.isEmpty()) {
			sentences.add(words.get("statistics.chart.desc.missing", words.list(missing)));
		}
		return String.join(" ", sentences);
	}

}
