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

import org.crossforce.reference.ForceMap;
import org.crossforce.reference.ForceOutline;
import org.crossforce.statistics.internal.ChartStyle;
import org.crossforce.statistics.internal.ChartWords;
import org.crossforce.statistics.internal.QuantileClasses;
import org.crossforce.statistics.internal.SvgWriter;

import org.springframework.context.MessageSource;

/**
 * A map of the 43 force areas, each filled by the class of its figure, as SVG, with a legend of the class ranges.
 * An area with no figure is never filled as if it had one: a suppressed figure ("[c]") is hatched and a figure not
 * available ("[x]", "[z]") is dotted, so both differ from every class by pattern, not only by colour.
 */
public final class Choropleth {

	/**
	 * ColorBrewer "Blues", five classes: sequential and safe for the common forms of colour blindness. The lightest
	 * fill is close to white, so every area is outlined in near-black (19:1 against white).
	 */
	public static final List<String> PALETTE = List.of("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c");

	static final String OUTLINE = ChartStyle.TEXT;

	/** Pattern lines and dots in GOV.UK dark grey, 7:1 against white. */
	static final String PATTERN_INK = "#505a5f";

	static final int WIDTH = 720;

	static final int MAP_WIDTH = 440;

	static final int MAP_TOP = 32;

	static final int LEGEND_LEFT = 460;

	static final int LINE = 26;

	private final ChartWords words;

	public Choropleth(MessageSource messages, Locale locale) {
		this.words = new ChartWords(messages, locale);
	}

	/**
	 * @param id unique on the page: lower-case letters, digits and hyphens
	 * @param title what the map shows, as its accessible name
	 * @param measure the legend's heading
	 * @param map the force areas, from {@code Forces.map()}
	 * @param values keyed by force code; an area with no entry is drawn as not available ("[x]"), and entries for
	 * forces with no area are left out
	 * @param format how figures are written
	 * @param link the page for a force code, or {@code null} for a map with no links
	 */
	public String render(String id, String title, String measure, ForceMap map, List<ChartValue> values,
			FigureFormat format, Function<String, String> link) {
		ChartStyle.checkId(id);
		Map<String, ChartValue> byCode = values.stream()
			.collect(Collectors.toMap(ChartValue::key, Function.identity(), (first, second) -> {
				throw new IllegalArgumentException("Two values for " + first.key());
			}));
		List<ChartValue> areas = map.outlines().stream()
			.map(outline -> byCode.getOrDefault(outline.code(),
					ChartValue.missing(outline.code(), outline.name(), Symbol.NOT_AVAILABLE)))
			.toList();
		QuantileClasses classes = QuantileClasses.of(
				areas.stream().filter(ChartValue::hasValue).map(ChartValue::value).toList(), PALETTE.size());
		Set<Symbol> symbols = EnumSet.of(Symbol.CONFIDENTIAL, Symbol.NOT_AVAILABLE);
		areas.stream().filter(area -> !area.hasValue()).forEach(area -> symbols.add(area.symbol()));

		double[] box = viewBox(map.viewBox());
		double mapHeight = MAP_WIDTH * box[3] / box[2];
		double legendHeight = MAP_TOP + 8 + (PALETTE.size() + symbols.size()) * LINE;
		double height = Math.ceil(MAP_TOP + Math.max(mapHeight, legendHeight) + 8);

		SvgWriter svg = new SvgWriter();
		// With links the map is a group of links: an image's contents are hidden from assistive technology, which
		// would hide the links while leaving them focusable.
		svg.start("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "crossforce-chart crossforce-choropleth",
				"viewBox", "0 0 " + WIDTH + " " + SvgWriter.number(height), "role", link == null ? "img" : "group",
				"aria-labelledby", id + "-title " + id + "-desc", "font-family", ChartStyle.FONT, "font-size", "14",
				"fill", ChartStyle.TEXT);
		svg.text("title", title, "id", id + "-title");
		svg.text("desc", description(measure, areas, format), "id", id + "-desc");
		patterns(svg, id);
		svg.text("text", measure, "class", "axis-title", "x", 0.0, "y", 18.0, "font-weight", "bold");
		svg.start("svg", "class", "areas", "x", 0.0, "y", (double) MAP_TOP, "width", (double) MAP_WIDTH, "height",
				mapHeight, "viewBox", map.viewBox());
		for (int i = 0; i < areas.size(); i++) {
			area(svg, id, map.outlines().get(i), areas.get(i), classes, format, link);
		}
		svg.end();
		legend(svg, id, classes, symbols, format);
		svg.end();
		return svg.toMarkup();
	}

	private void patterns(SvgWriter svg, String id) {
		svg.start("defs");
		svg.start("pattern", "id", id + "-suppressed", "patternUnits", "userSpaceOnUse", "width", "6", "height", "6",
				"patternTransform", "rotate(45)");
		svg.empty("rect", "width", "6", "height", "6", "fill", "#ffffff");
		svg.empty("line", "x1", "0", "y1", "0", "x2", "0", "y2", "6", "stroke", PATTERN_INK, "stroke-width", "2.5");
		svg.end();
		svg.start("pattern", "id", id + "-unavailable", "patternUnits", "userSpaceOnUse", "width", "6", "height", "6");
		svg.empty("rect", "width", "6", "height", "6", "fill", "#ffffff");
		svg.empty("circle", "cx", "3", "cy", "3", "r", "1.3", "fill", PATTERN_INK);
		svg.end();
		svg.end();
	}

	private void area(SvgWriter svg, String id, ForceOutline outline, ChartValue value, QuantileClasses classes,
			FigureFormat format, Function<String, String> link) {
		String label = words.get("statistics.chart.map.area", outline.name(), ChartWords.figure(value, format));
		if (link != null) {
			svg.start("a", "href", link.apply(outline.code()), "aria-label", label);
		}
		svg.start("path", "class", "area", "data-key", outline.code(), "data-class",
				value.hasValue() ? Integer.toString(classes.classOf(value.value()) + 1) : null, "d", outline.svgPath(),
				"fill", fill(id, value, classes), "fill-rule", "evenodd", "stroke", OUTLINE, "stroke-width", "1",
				"vector-effect", "non-scaling-stroke", "stroke-linejoin", "round");
		svg.text("title", label);
		svg.end();
		if (link != null) {
			svg.end();
		}
	}

	private static String fill(String id, ChartValue value, QuantileClasses classes) {
		if (value.hasValue()) {
			return PALETTE.get(classes.classOf(value.value()));
		}
		return value.symbol() == Symbol.CONFIDENTIAL ? "url(#" + id + "-suppressed)" : "url(#" + id + "-unavailable)";
	}

	private void legend(SvgWriter svg, String id, QuantileClasses classes, Set<Symbol> symbols,
			FigureFormat format) {
		svg.start("g", "class", "legend");
		double y = MAP_TOP + 8;
		for (int k = classes.count() - 1; k >= 0; k--) {
			List<BigDecimal> range = classes.range(k);
			if (range.isEmpty()) {
				continue;
			}
			svg.start("g", "class", "legend-class", "data-class", Integer.toString(k + 1));
			swatch(svg, y, PALETTE.get(k));
			svg.text("text", range.get(0).equals(range.get(1)) ? format.format(range.get(0))
					: words.get("statistics.chart.map.range", format.format(range.get(0)), format.format(range.get(1))),
					"x", LEGEND_LEFT + 36.0, "y", y + 14);
			svg.end();
			y += LINE;
		}
		for (Symbol symbol : symbols) {
			svg.start("g", "class", "legend-symbol", "data-symbol", symbol.shorthand());
			swatch(svg, y, symbol == Symbol.CONFIDENTIAL ? "url(#" + id + "-suppressed)" : "url(#" + id + "-unavailable)");
			svg.text("text", words.meaning(symbol), "x", LEGEND_LEFT + 36.0, "y", y + 14);
			svg.end();
			y += LINE;
		}
		svg.end();
	}

	private static void swatch(SvgWriter svg, double y, String fill) {
		svg.empty("rect", "class", "swatch", "x", (double) LEGEND_LEFT, "y", y, "width", 28.0, "height", 18.0, "fill",
				fill, "stroke", OUTLINE, "stroke-width", "1");
	}

	private String description(String measure, List<ChartValue> areas, FigureFormat format) {
		List<ChartValue> shown = areas.stream().filter(ChartValue::hasValue).toList();
		List<String> sentences = new ArrayList<>();
		sentences.add(words.get("statistics.chart.map.desc", measure, areas.size(), PALETTE.size()));
		if (!shown.isEmpty()) {
			ChartValue highest = shown.stream().max(Comparator.comparing(ChartValue::value)).orElseThrow();
			ChartValue lowest = shown.stream().min(Comparator.comparing(ChartValue::value)).orElseThrow();
			sentences.add(words.get("statistics.chart.desc.range", highest.label(), format.format(highest.value()),
					lowest.label(), format.format(lowest.value())));
		}
		List<String> missing = areas.stream()
			.filter(area -> !area.hasValue())
			.map(area -> area.label() + " " + area.symbol().shorthand())
			.toList();
		if (!missing.isEmpty()) {
			sentences.add(words.get("statistics.chart.desc.missing", words.list(missing)));
		}
		return String.join(" ", sentences);
	}

	private static double[] viewBox(String viewBox) {
		String[] parts = viewBox.trim().split("[\\s,]+");
		if (parts.length != 4) {
			throw new IllegalArgumentException("Not a viewBox: " + viewBox);
		}
		double[] box = new double[4];
		for (int i = 0; i < 4; i++) {
			box[i] = Double.parseDouble(parts[i]);
		}
		return box;
	}

}
