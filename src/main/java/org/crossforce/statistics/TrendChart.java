package org.crossforce.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crossforce.statistics.internal.ChartStyle;
import org.crossforce.statistics.internal.ChartWords;
import org.crossforce.statistics.internal.NiceScale;
import org.crossforce.statistics.internal.SvgWriter;

import org.springframework.context.MessageSource;

/**
 * A line chart of a measure over financial years, as SVG, for up to four series. Each series has its own colour,
 * marker shape and dash, so the legend can be read without colour. A year with no figure breaks the line and has no
 * marker: it is never drawn as zero.
 */
public final class TrendChart {

	static final int WIDTH = 720;

	static final int LEFT = 72;

	static final int RIGHT = 24;

	static final int PLOT_HEIGHT = 280;

	static final int LINE = 22;

	private static final List<String> DASHES = java.util.Arrays.asList(null, "8 4", "2 4", "10 4 2 4");

	private final ChartWords words;

	public TrendChart(MessageSource messages, Locale locale) {
		this.words = new ChartWords(messages, locale);
	}

	/**
	 * @param id unique on the page: lower-case letters, digits and hyphens
	 * @param title what the chart shows, as its accessible name
	 * @param measure the vertical axis title
	 * @param years the financial years along the horizontal axis, oldest first
	 * @param series one to four lines
	 * @param format how figures and ticks are written
	 */
	public String render(String id, String title, String measure, List<String> years, List<TrendSeries> series,
			FigureFormat format) {
		ChartStyle.checkId(id);
		if (series.isEmpty() || series.size() > ChartStyle.SERIES.size()) {
			throw new IllegalArgumentException("A trend chart draws one to four series");
		}
		if (years.isEmpty()) {
			throw new IllegalArgumentException("A trend chart needs at least one year");
		}
		List<Map<String, ChartValue>> byYear = series.stream()
			.map(line -> line.values().stream().collect(Collectors.toMap(ChartValue::key, Function.identity())))
			.toList();
		NiceScale scale = NiceScale.upTo(series.stream()
			.flatMap(line -> line.values().stream())
			.filter(ChartValue::hasValue)
			.map(ChartValue::value)
			.max(Comparator.naturalOrder())
			.orElse(null));
		Set<Symbol> symbols = EnumSet.noneOf(Symbol.class);
		for (Map<String, ChartValue> values : byYear) {
			for (String year : years) {
				ChartValue value = values.get(year);
				if (value == null || !value.hasValue()) {
					symbols.add(value == null ? Symbol.NOT_AVAILABLE : value.symbol());
				}
			}
		}
		int plotTop = series.size() * LINE + 48;
		int plotBottom = plotTop + PLOT_HEIGHT;
		int keyTop = plotBottom + 56;
		int height = keyTop + (symbols.isEmpty() ? 0 : (symbols.size() + 1) * LINE);
		double band = (WIDTH - LEFT - RIGHT) / (double) years.size();

		SvgWriter svg = new SvgWriter();
		svg.start("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "crossforce-chart", "viewBox",
				"0 0 " + WIDTH + " " + height, "role", "img", "aria-labelledby", id + "-title " + id + "-desc",
				"font-family", ChartStyle.FONT, "font-size", "14", "fill", ChartStyle.TEXT);
		svg.text("title", title, "id", id + "-title");
		svg.text("desc", description(measure, years, series, byYear, format), "id", id + "-desc");
		legend(svg, series);
		axes(svg, measure, years, scale, plotTop, plotBottom, band);
		for (int s = 0; s < series.size(); s++) {
			line(svg, s, series.get(s), byYear.get(s), years, scale, plotBottom, band, format);
		}
		if (!symbols.isEmpty()) {
			svg.start("g", "class", "key");
			svg.text("text", words.get("statistics.chart.trend.gaps"), "x", (double) LEFT, "y", keyTop + 14.0);
			int line = 1;
			for (Symbol symbol : symbols) {
				svg.text("text", words.meaning(symbol), "class", "key-symbol", "x", (double) LEFT, "y",
						keyTop + line * LINE + 14.0);
				line++;
			}
			svg.end();
		}
		svg.end();
		return svg.toMarkup();
	}

	private void legend(SvgWriter svg, List<TrendSeries> series) {
		svg.start("g", "class", "legend");
		for (int s = 0; s < series.size(); s++) {
			double y = 12 + s * LINE;
			svg.start("g", "class", "legend-item", "data-series", series.get(s).key());
			svg.empty("line", "x1", (double) LEFT, "x2", LEFT + 36.0, "y1", y, "y2", y, "stroke",
					ChartStyle.SERIES.get(s), "stroke-width", "2.5", "stroke-dasharray", DASHES.get(s));
			marker(svg, s, LEFT + 18.0, y, null);
			svg.text("text", series.get(s).label(), "x", LEFT + 46.0, "y", y + 5);
			svg.end();
		}
		svg.end();
	}

	private void axes(SvgWriter svg, String measure, List<String> years, NiceScale scale, int plotTop,
			int plotBottom, double band) {
		FigureFormat tickFormat = new FigureFormat(scale.decimals());
		svg.text("text", measure, "class", "axis-title", "x", 8.0, "y", plotTop - 16.0, "font-weight", "bold");
		svg.start("g", "class", "axis", "aria-hidden", "true");
		for (BigDecimal tick : scale.ticks()) {
			double y = plotBottom - scale.position(tick, PLOT_HEIGHT);
			svg.empty("line", "x1", (double) LEFT, "x2", (double) (WIDTH - RIGHT), "y1", y, "y2", y, "stroke",
					tick.signum() == 0 ? ChartStyle.TEXT : ChartStyle.GRID, "stroke-width", "1");
			svg.text("text", tickFormat.format(tick), "class", "tick", "x", LEFT - 8.0, "y", y + 4, "text-anchor",
					"end", "font-size", "12");
		}
		// Financial-year labels are about 52 px wide at this size; label every other year rather than overlap.
		int every = band < 56 ? 2 : 1;
		for (int i = 0; i < years.size(); i++) {
			if (i % every == 0 || i == years.size() - 1) {
				svg.text("text", years.get(i), "class", "tick", "x", LEFT + band * (i + 0.5), "y", plotBottom + 20.0,
						"text-anchor", "middle", "font-size", "12");
			}
		}
		svg.text("text", words.get("statistics.chart.trend.years"), "class", "axis-title", "x",
				LEFT + (WIDTH - LEFT - RIGHT) / 2.0, "y", plotBottom + 44.0, "text-anchor", "middle", "font-weight",
				"bold");
		svg.end();
	}

	private void line(SvgWriter svg, int s, TrendSeries series, Map<String, ChartValue> values, List<String> years,
			NiceScale scale, int plotBottom, double band, FigureFormat format) {
		StringBuilder path = new StringBuilder();
		boolean drawing = false;
		for (int i = 0; i < years.size(); i++) {
			ChartValue value = values.get(years.get(i));
			if (value == null || !value.hasValue()) {
				drawing = false;
				continue;
			}
			path.append(path.isEmpty() ? "" : " ").append(drawing ? "L" : "M")
				.append(SvgWriter.number(LEFT + band * (i + 0.5))).append(' ')
				.append(SvgWriter.number(plotBottom - scale.position(value.value(), PLOT_HEIGHT)));
			drawing = true;
		}
		svg.start("g", "class", "series", "data-series", series.key());
		if (!path.isEmpty()) {
			svg.empty("path", "class", "series-line", "d", path.toString(), "fill", "none", "stroke",
					ChartStyle.SERIES.get(s), "stroke-width", "2.5", "stroke-dasharray", DASHES.get(s));
		}
		for (int i = 0; i < years.size(); i++) {
			ChartValue value = values.get(years.get(i));
			if (value != null && value.hasValue()) {
				marker(svg, s, LEFT + band * (i + 0.5), plotBottom - scale.position(value.value(), PLOT_HEIGHT),
						series.label() + ", " + years.get(i) + ": " + format.format(value.value()));
			}
		}
		svg.end();
	}

	/** Circle, square, triangle, diamond: told apart by shape as well as colour. */
	private static void marker(SvgWriter svg, int s, double x, double y, String title) {
		String colour = ChartStyle.SERIES.get(s);
		String shape = switch (s) {
			case 0 -> "M" + n(x - 5) + " " + n(y) + "a5 5 0 1 0 10 0a5 5 0 1 0 -10 0Z";
			case 1 -> "M" + n(x - 4.5) + " " + n(y - 4.5) + "h9v9h-9Z";
			case 2 -> "M" + n(x) + " " + n(y - 6) + "l5.5 10h-11Z";
			default -> "M" + n(x) + " " + n(y - 6) + "l6 6l-6 6l-6 -6Z";
		};
		if (title == null) {
			svg.empty("path", "class", "marker", "d", shape, "fill", colour, "stroke", "#ffffff", "stroke-width", "1");
			return;
		}
		svg.start("path", "class", "marker", "d", shape, "fill", colour, "stroke", "#ffffff", "stroke-width", "1");
		svg.text("title", title);
		svg.end();
	}

	private static String n(double value) {
		return SvgWriter.number(value);
	}

	private String description(String measure, List<String> years, List<TrendSeries> series,
			List<Map<String, ChartValue>> byYear, FigureFormat format) {
		List<String> sentences = new ArrayList<>();
		sentences.add(words.get("statistics.chart.trend.desc", measure, years.get(0), years.get(years.size() - 1)));
		for (int s = 0; s < series.size(); s++) {
			List<String> shown = new ArrayList<>();
			List<String> gaps = new ArrayList<>();
			for (String year : years) {
				ChartValue value = byYear.get(s).get(year);
				if (value != null && value.hasValue()) {
					shown.add(year + " " + format.format(value.value()));
				}
				else {
					gaps.add(year + " " + (value == null ? Symbol.NOT_AVAILABLE : value.symbol()).shorthand());
				}
			}
			sentences.add(words.get("statistics.chart.trend.desc.series", series.get(s).label(),
					shown.isEmpty() ? words.get("statistics.chart.trend.desc.none") : words.list(shown)));
			if (!gaps.isEmpty()) {
				sentences.add(words.get("statistics.chart.desc.missing", words.list(gaps)));
			}
		}
		return String.join(" ", sentences);
	}

}
