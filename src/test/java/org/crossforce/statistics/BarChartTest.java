package org.crossforce.statistics;

import java.math.BigDecimal;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.crossforce.statistics.ChartSamples.UK;
import static org.crossforce.statistics.ChartSamples.assertLabelled;
import static org.crossforce.statistics.ChartSamples.messages;
import static org.crossforce.statistics.ChartSamples.parse;

class BarChartTest {

	static final List<ChartValue> REPORTS = List.of(ChartValue.of("met", "Metropolitan Police Service", 1234),
			ChartValue.missing("dorset", "Dorset Police", Symbol.CONFIDENTIAL),
			ChartValue.of("kent", "Kent Police", 187), ChartValue.of("essex", "Essex Police", 240),
			ChartValue.missing("cleveland", "Cleveland Police", Symbol.NOT_AVAILABLE),
			ChartValue.of("surrey", "Surrey Police", 96), ChartValue.of("sussex", "Sussex Police", 0));

	final BarChart chart = new BarChart(messages(), UK);

	String render(List<ChartValue> values, String highlight) {
		return chart.render("reports", "Reports against police employees by force, 2023-24",
				"Reports", values, FigureFormat.WHOLE, highlight);
	}

	@Test
	void drawsABarForEachFigureAndNoneForAMissingOne() {
		Element svg = parse(render(REPORTS, null));
		ChartSamples.write("bar-chart.svg", svg.outerHtml());

		Elements bars = svg.select("rect.bar");
		assertThat(bars).hasSize(5);
		assertThat(bars.eachAttr("data-value")).containsExactly("1234", "187", "240", "96", "0");
		assertThat(svg.select("g.bar-row")).hasSize(REPORTS.size());
		for (String suppressed : List.of("dorset", "cleveland")) {
			assertThat(svg.select("g.bar-row[data-key=" + suppressed + "] rect")).isEmpty();
		}
		assertThat(svg.select("g.bar-row[data-key=dorset] text.bar-symbol").text()).isEqualTo("[c]");
		assertThat(svg.select("g.bar-row[data-key=cleveland] text.bar-symbol").text()).isEqualTo("[x]");
		assertThat(svg.select("g.key text.key-symbol").eachText())
			.containsExactly("[c] confidential (suppressed)", "[x] not available");
	}

	@Test
	void barsAreAsLongAsTheirFiguresOnAnAxisOfRoundTicksFromZero() {
		Element svg = parse(render(REPORTS, null));

		assertThat(svg.select("text.tick").eachText()).containsExactly("0", "500", "1,000", "1,500");
		Elements bars = svg.select("rect.bar");
		Element longest = svg.selectFirst("rect.bar[data-value=1234]");
		double pixelsPerReport = ChartSamples.number(longest, "width") / 1234;
		for (Element bar : bars) {
			assertThat(ChartSamples.number(bar, "width"))
				.isCloseTo(Double.parseDouble(bar.attr("data-value")) * pixelsPerReport, within(0.06));
			assertThat(ChartSamples.number(bar, "x")).isEqualTo(BarChart.LABELS);
		}
		// The axis ends at 1,500, so the longest bar is 1,234 / 1,500 of the plot.
		assertThat(ChartSamples.number(longest, "width")).isCloseTo(BarChart.PLOT * 1234 / 1500.0, within(0.06));
		Elements ticks = svg.select("g.axis line");
		assertThat(ChartSamples.number(ticks.last(), "x1") - ChartSamples.number(ticks.first(), "x1"))
			.isEqualTo(BarChart.PLOT);
	}

	@Test
	void labelsEachBarEndWithItsFigureWithThousandsSeparated() {
		Element svg = parse(render(REPORTS, null));

		Element met = svg.selectFirst("g.bar-row[data-key=met]");
		assertThat(met.selectFirst("text.bar-label").text()).isEqualTo("Metropolitan Police Service");
		assertThat(met.selectFirst("text.bar-value").text()).isEqualTo("1,234");
		assertThat(ChartSamples.number(met.selectFirst("text.bar-value"), "x"))
			.isGreaterThan(ChartSamples.number(met.selectFirst("rect"), "width") + BarChart.LABELS);
	}

	@Test
	void ratesKeepTheirDecimalPlaces() {
		List<ChartValue> rates = List.of(ChartValue.of("kent", "Kent Police", new BigDecimal("2.35")),
				ChartValue.of("essex", "Essex Police", new BigDecimal("0.4")));

		Element svg = parse(chart.render("rates", "Rates", "Reports per 1,000 employees", rates,
				FigureFormat.ONE_PLACE, null));

		assertThat(svg.select("text.bar-value").eachText()).containsExactly("2.4", "0.4");
		assertThat(svg.select("text.tick").eachText()).containsExactly("0.0", "0.5", "1.0", "1.5", "2.0", "2.5");
	}

	@Test
	void namesItselfAndDescribesTheFiguresInWords() {
		Element svg = parse(render(REPORTS, null));

		assertThat(svg.attr("role")).isEqualTo("img");
		assertLabelled(svg, "reports", "Reports against police employees by force, 2023-24");
		assertThat(svg.getElementById("reports-desc").text()).isEqualTo(
				"Bar chart of Reports for 7 areas. Highest: Metropolitan Police Service, 1,234. Lowest: Sussex Police, 0. "
						+ "No figure for Dorset Police [c] and Cleveland Police [x].");
	}

	@Test
	void outlinesTheHighlightedAreaAndSetsItInBold() {
		Element svg = parse(render(REPORTS, "kent"));
		ChartSamples.write("bar-chart-highlight.svg", svg.outerHtml());

		Element kent = svg.selectFirst("g.bar-row[data-key=kent]");
		assertThat(kent.hasClass("highlighted")).isTrue();
		assertThat(kent.selectFirst("rect").attr("stroke")).isEqualTo("#0b0c0c");
		assertThat(kent.selectFirst("text.bar-label").attr("font-weight")).isEqualTo("bold");
		assertThat(svg.select("g.bar-row:not([data-key=kent]) rect[stroke]")).isEmpty();
		assertThat(svg.select("g.key text").first().text()).isEqualTo("Kent Police (outlined)");
		assertThat(svg.getElementById("reports-desc").text()).contains("Kent Police is outlined: 187.");
	}

	@Test
	void escapesLabelsSoTheyCannotBreakTheMarkup() {
		List<ChartValue> hostile = List.of(
				ChartValue.of("a&b", "Avon & Somerset <script>alert(1)</script>", 12),
				ChartValue.of("q", "\"quoted\" 'label'", 3));

		String markup = chart.render("hostile", "Title with <b> & \"quotes\"", "Reports & <more>", hostile,
				FigureFormat.WHOLE, null);
		Element svg = parse(markup);

		assertThat(markup).doesNotContain("<script").doesNotContain("<b>");
		assertThat(svg.select("script, b")).isEmpty();
		assertThat(svg.select("text.bar-label").eachText())
			.containsExactly("Avon & Somerset <script>alert(1)</script>", "\"quoted\" 'label'");
		assertThat(svg.selectFirst("g.bar-row").attr("data-key")).isEqualTo("a&b");
		assertThat(svg.getElementById("hostile-title").text()).isEqualTo("Title with <b> & \"quotes\"");
	}

	@Test
	void drawsTheSameMarkupEveryTime() {
		assertThat(render(REPORTS, "kent")).isEqualTo(render(REPORTS, "kent"));
	}

	@Test
	void sortsLargestFirstWithMissingFiguresLast() {
		assertThat(BarChart.largestFirst(REPORTS).stream().map(ChartValue::key))
			.containsExactly("met", "essex", "kent", "surrey", "sussex", "dorset", "cleveland");
	}

	@Test
	void refusesAnIdThatCouldBreakAReference() {
		assertThatThrownBy(() -> chart.render("a\" onload=\"x", "T", "M", REPORTS, FigureFormat.WHOLE, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
