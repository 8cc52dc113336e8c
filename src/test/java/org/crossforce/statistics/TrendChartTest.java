package org.crossforce.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.statistics.ChartSamples.UK;
import static org.crossforce.statistics.ChartSamples.assertLabelled;
import static org.crossforce.statistics.ChartSamples.messages;
import static org.crossforce.statistics.ChartSamples.parse;

class TrendChartTest {

	static final List<String> YEARS = List.of("2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21");

	/** Kent: 2017-18 suppressed, 2019-20 not supplied at all. */
	static final TrendSeries KENT = new TrendSeries("kent", "Kent Police",
			List.of(ChartValue.of("2015-16", "2015-16", 12), ChartValue.of("2016-17", "2016-17", 15),
					ChartValue.missing("2017-18", "2017-18", Symbol.CONFIDENTIAL),
					ChartValue.of("2018-19", "2018-19", 21), ChartValue.of("2020-21", "2020-21", 18)));

	static final TrendSeries NEIGHBOURS = new TrendSeries("neighbours", "Median of Kent Police's neighbours",
			List.of(ChartValue.of("2015-16", "2015-16", 10), ChartValue.of("2016-17", "2016-17", 11),
					ChartValue.of("2017-18", "2017-18", 13), ChartValue.of("2018-19", "2018-19", 16),
					ChartValue.of("2019-20", "2019-20", 14), ChartValue.of("2020-21", "2020-21", 17)));

	final TrendChart chart = new TrendChart(messages(), UK);

	String render(List<TrendSeries> series) {
		return chart.render("trend", "Reports over time", "Reports", YEARS, series, FigureFormat.WHOLE);
	}

	@Test
	void marksEachYearWithAFigureAndLeavesAGapWhereThereIsNone() {
		Element svg = parse(render(List.of(KENT, NEIGHBOURS)));
		ChartSamples.write("trend-chart.svg", svg.outerHtml());

		Elements kentMarkers = svg.select("g.series[data-series=kent] path.marker");
		assertThat(kentMarkers.eachText()).containsExactly("Kent Police, 2015-16: 12", "Kent Police, 2016-17: 15",
				"Kent Police, 2018-19: 21", "Kent Police, 2020-21: 18");
		assertThat(svg.select("g.series[data-series=neighbours] path.marker")).hasSize(6);
		// Three runs of years with figures: 2015-17, 2018-19 alone, 2020-21 alone.
		String kentLine = svg.selectFirst("g.series[data-series=kent] path.series-line").attr("d");
		assertThat(kentLine.split("M", -1)).hasSize(4);
		assertThat(kentLine.split("L", -1)).hasSize(2);
		assertThat(svg.select("g.key text.key-symbol").eachText())
			.containsExactly("[c] confidential (suppressed)", "[x] not available");
	}

	@Test
	void neverDrawsAMissingYearAsZero() {
		Element svg = parse(render(List.of(KENT)));

		double baseline = zeroGridline(svg);
		for (double y : pointHeights(svg.selectFirst("path.series-line").attr("d"))) {
			assertThat(y).isLessThan(baseline);
		}
		assertThat(pointHeights(svg.selectFirst("path.series-line").attr("d"))).hasSize(4);
	}

	@Test
	void placesPointsInProportionOnRoundTicks() {
		Element svg = parse(render(List.of(KENT)));

		assertThat(svg.select("g.axis text.tick").eachText()).startsWith("0", "5", "10", "15", "20", "25");
		double baseline = zeroGridline(svg);
		List<Double> heights = pointHeights(svg.selectFirst("path.series-line").attr("d")).stream()
			.map(y -> baseline - y)
			.toList();
		double perReport = heights.get(0) / 12;
		assertThat(heights.get(1)).isCloseTo(15 * perReport, org.assertj.core.data.Offset.offset(0.1));
		assertThat(heights.get(2)).isCloseTo(21 * perReport, org.assertj.core.data.Offset.offset(0.1));
		assertThat(svg.select("g.axis text.tick").eachText()).contains("2015-16", "2020-21");
	}

	@Test
	void hasALegendTellingSeriesApartByShapeAndDash() {
		Element svg = parse(render(List.of(KENT, NEIGHBOURS)));

		Elements items = svg.select("g.legend g.legend-item");
		assertThat(items.eachText()).containsExactly("Kent Police", "Median of Kent Police's neighbours");
		assertThat(items.get(0).selectFirst("line").hasAttr("stroke-dasharray")).isFalse();
		assertThat(items.get(1).selectFirst("line").attr("stroke-dasharray")).isNotBlank();
		// Circle and square: their paths differ in commands, not only in where they are drawn.
		assertThat(commands(items.get(0).selectFirst("path.marker").attr("d")))
			.isNotEqualTo(commands(items.get(1).selectFirst("path.marker").attr("d")));
		assertThat(svg.select("text.axis-title").eachText()).containsExactly("Reports", "Financial year");
	}

	@Test
	void namesItselfAndDescribesEveryYearInWords() {
		Element svg = parse(render(List.of(KENT)));

		assertThat(svg.attr("role")).isEqualTo("img");
		assertLabelled(svg, "trend", "Reports over time");
		assertThat(svg.getElementById("trend-desc").text()).isEqualTo("Line chart of Reports from 2015-16 to 2020-21. "
				+ "Kent Police: 2015-16 12, 2016-17 15, 2018-19 21 and 2020-21 18. "
				+ "No figure for 2017-18 [c] and 2019-20 [x].");
	}

	@Test
	void escapesSeriesLabels() {
		TrendSeries hostile = new TrendSeries("x", "A & B </text><script>x</script>", KENT.values());

		String markup = render(List.of(hostile));
		Element svg = parse(markup);

		assertThat(markup).doesNotContain("<script");
		assertThat(svg.select("g.legend-item text").text()).isEqualTo("A & B </text><script>x</script>");
	}

	@Test
	void drawsTheSameMarkupEveryTime() {
		assertThat(render(List.of(KENT, NEIGHBOURS))).isEqualTo(render(List.of(KENT, NEIGHBOURS)));
	}

	private static double zeroGridline(Element svg) {
		Elements lines = svg.select("g.axis line");
		return ChartSamples.number(lines.first(), "y1");
	}

	private static String commands(String path) {
		return path.replaceAll("[0-9. -]", "");
	}

	/** The y of each point of a path of M and L commands. */
	private static List<Double> pointHeights(String path) {
		List<Double> heights = new ArrayList<>();
		String[] numbers = Arrays.stream(path.split("[ML ]+")).filter(s -> !s.isBlank()).toArray(String[]::new);
		for (int i = 1; i < numbers.length; i += 2) {
			heights.add(Double.parseDouble(numbers[i]));
		}
		return heights;
	}

}
