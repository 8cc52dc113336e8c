package org.crossforce.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.reference.ForceMap;
import org.crossforce.reference.ForceOutline;
import org.crossforce.reference.Forces;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.statistics.ChartSamples.UK;
import static org.crossforce.statistics.ChartSamples.assertLabelled;
import static org.crossforce.statistics.ChartSamples.messages;
import static org.crossforce.statistics.ChartSamples.parse;

/** Draws the real map of the 43 force areas, which the reference module loads into the database at start-up. */
@IntegrationTest
class ChoroplethTest {

	@Autowired
	Forces forces;

	final Choropleth choropleth = new Choropleth(messages(), UK);

	/** A figure for every area but three: one suppressed, one not available, one with no entry at all. */
	List<ChartValue> values(ForceMap map) {
		List<ChartValue> values = new ArrayList<>();
		List<ForceOutline> outlines = map.outlines();
		for (int i = 0; i < outlines.size(); i++) {
			ForceOutline area = outlines.get(i);
			if (i == 3) {
				values.add(ChartValue.missing(area.code(), area.name(), Symbol.CONFIDENTIAL));
			}
			else if (i == 7) {
				values.add(ChartValue.missing(area.code(), area.name(), Symbol.NOT_AVAILABLE));
			}
			else if (i != 11) {
				values.add(ChartValue.of(area.code(), area.name(), 5 + (i * 37L) % 211 + (i == 20 ? 2_400 : 0)));
			}
		}
		return values;
	}

	String render(ForceMap map, List<ChartValue> values) {
		return choropleth.render("reports-map", "Reports by force area, 2023-24", "Reports", map, values,
				FigureFormat.WHOLE, code -> "/statistics/forces/" + code);
	}

	@Test
	void fillsEveryAreaWithTheLegendClassOfItsFigure() {
		ForceMap map = forces.map();
		List<ChartValue> values = values(map);
		Element svg = parse(render(map, values));
		ChartSamples.write("choropleth.svg", svg.outerHtml());
		Map<String, ChartValue> byCode = new HashMap<>();
		values.forEach(value -> byCode.put(value.key(), value));

		Elements areas = svg.select("path.area");
		assertThat(areas).hasSize(43);
		Elements classes = svg.select("g.legend g.legend-class");
		assertThat(classes).hasSize(5);
		assertThat(classes.eachAttr("data-class")).containsExactly("5", "4", "3", "2", "1");
		assertThat(classes.stream().map(entry -> entry.selectFirst("rect").attr("fill")))
			.containsExactly("#08519c", "#3182bd", "#6baed6", "#bdd7e7", "#eff3ff");
		int checked = 0;
		for (Element area : areas) {
			ChartValue value = byCode.get(area.attr("data-key"));
			if (value == null || !value.hasValue()) {
				continue;
			}
			Element legendClass = classes.stream()
				.filter(entry -> within(entry.text(), value.value()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No legend class holds " + value));
			assertThat(area.attr("fill")).as(value.label()).isEqualTo(legendClass.selectFirst("rect").attr("fill"));
			checked++;
		}
		assertThat(checked).isEqualTo(40);
	}

	@Test
	void legendRangesFollowOneAnotherWithoutOverlapping() {
		ForceMap map = forces.map();
		Element svg = parse(render(map, values(map)));

		List<BigDecimal[]> ranges = new ArrayList<>(
				svg.select("g.legend-class text").eachText().stream().map(ChoroplethTest::range).toList());
		java.util.Collections.reverse(ranges);
		for (int k = 1; k < ranges.size(); k++) {
			assertThat(ranges.get(k)[0]).isGreaterThan(ranges.get(k - 1)[1]);
		}
		assertThat(ranges.get(4)[1]).isEqualTo(new BigDecimal("2512"));
		assertThat(svg.select("g.legend-class text").first().text()).contains("2,512");
	}

	@Test
	void fillsAreasWithNoFigureWithAPatternNeverAClass() {
		ForceMap map = forces.map();
		Element svg = parse(render(map, values(map)));

		String suppressed = map.outlines().get(3).code();
		String unavailable = map.outlines().get(7).code();
		String absent = map.outlines().get(11).code();
		assertThat(svg.selectFirst("path.area[data-key=" + suppressed + "]").attr("fill"))
			.isEqualTo("url(#reports-map-suppressed)");
		assertThat(svg.selectFirst("path.area[data-key=" + unavailable + "]").attr("fill"))
			.isEqualTo("url(#reports-map-unavailable)");
		assertThat(svg.selectFirst("path.area[data-key=" + absent + "]").attr("fill"))
			.isEqualTo("url(#reports-map-unavailable)");
		assertThat(svg.select("path.area[fill^=url]")).hasSize(3);
		assertThat(svg.select("path.area[fill^=url]").eachAttr("data-class")).isEmpty();
		assertThat(svg.select("defs > pattern").eachAttr("id"))
			.containsExactly("reports-map-suppressed", "reports-map-unavailable");
		assertThat(svg.select("g.legend-symbol").eachText())
			.containsExactly("[c] confidential (suppressed)", "[x] not available");
		assertThat(svg.select("g.legend-symbol rect").eachAttr("fill"))
			.containsExactly("url(#reports-map-suppressed)", "url(#reports-map-unavailable)");
		assertThat(svg.selectFirst("path.area[data-key=" + suppressed + "] > title").text())
			.isEqualTo(map.outlines().get(3).name() + ": [c]");
	}

	@Test
	void eachAreaIsALinkNamedWithItsFigure() {
		ForceMap map = forces.map();
		Element svg = parse(render(map, values(map)));

		assertThat(svg.attr("role")).isEqualTo("group");
		assertLabelled(svg, "reports-map", "Reports by force area, 2023-24");
		Elements links = svg.select("a");
		assertThat(links).hasSize(43);
		ForceOutline first = map.outlines().get(0);
		Element link = links.first();
		assertThat(link.attr("href")).isEqualTo("/statistics/forces/" + first.code());
		assertThat(link.attr("aria-label")).isEqualTo(first.name() + ": 5");
		assertThat(link.selectFirst("path.area > title").text()).isEqualTo(first.name() + ": 5");
		assertThat(link.selectFirst("path.area").attr("fill-rule")).isEqualTo("evenodd");
		assertThat(svg.getElementById("reports-map-desc").text())
			.startsWith("Map of Reports for 43 police force areas, shaded in 5 classes")
			.contains("No figure for " + map.outlines().get(3).name() + " [c], ");
	}

	@Test
	void withoutLinksItIsAnImage() {
		ForceMap map = forces.map();
		Element svg = parse(choropleth.render("plain", "Reports", "Reports", map, values(map), FigureFormat.WHOLE,
				null));

		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.select("a")).isEmpty();
		assertThat(svg.select("path.area")).hasSize(43);
	}

	@Test
	void escapesNamesAndDrawsTheSameMarkupEveryTime() {
		ForceMap hostile = new ForceMap("0 0 10 10", List.of(new ForceOutline("x", "A & <script>", "M0 0 10 0 10 10Z")));
		List<ChartValue> values = List.of(ChartValue.of("x", "A & <script>", 3));

		String markup = choropleth.render("hostile", "T", "M", hostile, values, FigureFormat.WHOLE, code -> "/a?b=1&c=" + code);

		assertThat(markup).doesNotContain("<script");
		Element svg = parse(markup);
		assertThat(svg.selectFirst("a").attr("href")).isEqualTo("/a?b=1&c=x");
		assertThat(svg.selectFirst("path.area > title").text()).isEqualTo("A & <script>: 3");
		ForceMap map = forces.map();
		assertThat(render(map, values(map))).isEqualTo(render(map, values(map)));
	}

	@Test
	void writesASamplePageWithTheThreeCharts() {
		ForceMap map = forces.map();
		List<ChartValue> values = values(map);
		String bars = new BarChart(messages(), UK).render("reports-bars", "Reports by force, 2023-24", "Reports",
				BarChart.largestFirst(values), FigureFormat.WHOLE, map.outlines().get(5).code());
		String trend = new TrendChart(messages(), UK).render("reports-trend", "Reports over time", "Reports",
				TrendChartTest.YEARS, List.of(TrendChartTest.KENT, TrendChartTest.NEIGHBOURS), FigureFormat.WHOLE);
		String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Charts</title></head>"
				+ "<body><div>" + render(map, values) + "</div><div>" + bars + "</div><div>" + trend + "</div></body></html>";
		ChartSamples.write("charts.html", page);

		assertThat(parse(bars).select("rect.bar")).hasSize(40);
	}

	/** Whether "12 to 40" (or "12") includes the value. */
	private static boolean within(String range, BigDecimal value) {
		BigDecimal[] bounds = range(range);
		return value.compareTo(bounds[0]) >= 0 && value.compareTo(bounds[1]) <= 0;
	}

	private static BigDecimal[] range(String text) {
		String[] parts = text.replace(",", "").split(" to ");
		return new BigDecimal[] { new BigDecimal(parts[0]), new BigDecimal(parts[parts.length - 1]) };
	}

}
