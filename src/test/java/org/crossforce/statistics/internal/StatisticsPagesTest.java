package org.crossforce.statistics.internal;

import java.sql.Date;
import java.time.LocalDate;

import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public statistics pages, without signing in, on a fixture of cases reported in financial year 2005-06, which
 * no other test uses: Cumbria's 2 cases are a [c]; one synthetic case, counted as the tests run with demonstration
 * data on, makes the pages say so.
 */
@IntegrationTest
class StatisticsPagesTest {

	static final int YEAR = 2005;

	static final String PERIOD = "2005-06";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatisticsTables tables;

	private int next;

	@BeforeEach
	void fixture() {
		jdbc.sql("delete from statistics_case where reference like 'TST-PAGE-%'").update();
		cases("greater-manchester", 10, false);
		cases("greater-manchester", 1, true);
		cases("cumbria", 2, false);
		cases("metropolitan", 7, false);
		cases("btp", 6, false);
		tables.forget();
	}

	private void cases(String force, int count, boolean synthetic) {
		for (int i = 0; i < count; i++) {
			jdbc.sql("""
					insert into statistics_case (reference, synthetic, financial_year, reported_on, employing_force)
					values (:reference, :synthetic, :year, :reported, :force)
					""")
				.param("reference", "TST-PAGE-" + (++next) + "-" + force.substring(0, 3))
				.param("synthetic", synthetic)
				.param("year", YEAR)
				.param("reported", Date.valueOf(LocalDate.of(YEAR, 7, 3)))
				.param("force", force)
				.update();
		}
	}

	Document page(String url) throws Exception {
		return Html.of(mvc.perform(get(url)).andExpect(status().isOk()).andReturn());
	}

	@Test
	void aForcePageSaysSyntheticCasesAreCountedWhenItsTrendCountsThemThoughItsYearDoesNot() throws Exception {
		Document page = page("/statistics/forces/cumbria?year=2095-96");
		assertThat(page.text()).contains("These figures include synthetic demonstration data");
	}

	@Test
	void anUnknownForceIsNotFound() throws Exception {
		mvc.perform(get("/statistics/forces/atlantis")).andExpect(status().isNotFound());
		mvc.perform(get("/statistics/forces/atlantis/neighbours")).andExpect(status().isNotFound());
	}

	@Test
	void aMeasureOrYearThatIsNotOneOfTheChoicesIsABadRequest() throws Exception {
		mvc.perform(get("/statistics?measure=SALARY")).andExpect(status().isBadRequest());
		mvc.perform(get("/statistics?year=2005-07")).andExpect(status().isBadRequest());
		mvc.perform(get("/statistics?year=all")).andExpect(status().isBadRequest());
	}

	@Test
	void thePublishedFiguresAreShownAsPublishedWithTheirSourceAndPeriod() throws Exception {
		Document page = page("/statistics");
		Element published = page.selectFirst("#published ~ table");
		assertThat(published.select("tbody tr").eachText())
			.anyMatch(row -> row.startsWith("Greater Manchester Police April 2015 – March 2018 79 ")
					&& row.contains("Centre for Women's Justice, March 2020"))
			.anyMatch(row -> row.startsWith("England and Wales April 2015 – March 2018 666 ")
					&& row.contains("super-complaint"));
		assertThat(page.select("nav a[href='/statistics']").text()).isEqualTo("Statistics");
	}

	@Test
	void theLiveFiguresSayTheirSourcePeriodAndThatSyntheticCasesAreCounted() throws Exception {
		Document page = page("/statistics?measure=REPORTS&year=" + PERIOD);
		assertThat(page.select(".govuk-summary-list").first().text()).contains("Source Crossforce cases")
			.contains("Period 1 April 2005 to 31 March 2006 (financial year 2005-06)")
			.contains("Produced");
		assertThat(page.select(".govuk-warning-text").text())
			.contains("These figures include synthetic demonstration data");
	}

	@Test
	void theFormChoosesAMeasureAndAYearWithoutJavaScript() throws Exception {
		Document page = page("/statistics?measure=CHARGED&year=" + PERIOD);
		Element form = page.selectFirst("form.crossforce-statistics-choice");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/statistics");
		assertThat(form.select("label[for=measure]").text()).isEqualTo("Measure");
		assertThat(form.select("label[for=year]").text()).isEqualTo("Financial year");
		assertThat(form.select("select#measure option[selected]").attr("value")).isEqualTo("CHARGED");
		assertThat(form.select("select#measure option")).hasSize(15);
		assertThat(form.select("select#measure option").eachAttr("value")).containsSubsequence("CHARGED", "CONVICTED",
				"NO_FURTHER_ACTION");
		assertThat(form.select("select#measure option[value=CONVICTED]").text()).isEqualTo("Convicted");
		assertThat(form.select("select#year option[selected]").text()).isEqualTo(PERIOD);
		assertThat(form.select("button[type=submit]").text()).isEqualTo("Show figures");
	}

	@Test
	void theForceTableHidesSmallCountsAndTheirRates() throws Exception {
		Document page = page("/statistics?measure=REPORTS&year=" + PERIOD);
		Element forces = table(page, "By force, 2005-06");
		assertThat(row(forces, "Cumbria Constabulary")).containsExactly("Cumbria Constabulary", "[c]", "[c]");
		assertThat(row(forces, "British Transport Police").get(1)).isEqualTo("6");
		assertThat(forces.select("tbody tr")).hasSize(46);
		assertThat(table(page, "By region, 2005-06").select("tbody tr")).hasSizeGreaterThanOrEqualTo(10);
		assertThat(row(table(page, "England and Wales, 2005-06"), "England and Wales").get(1)).isEqualTo("26");
		assertThat(page.selectFirst("#summary").text())
			.containsPattern("^Of the \\d+ forces with a figure shown, .+ had the most \\(\\d+\\) and .+ the fewest \\(0\\)\\.");
		assertThat(page.select("main").text()).containsPattern("Figures are not shown \\[c\\] for \\d+ forces?\\.")
			.contains("[c] confidential: a count from 1 to 4")
			.contains("Rates are per 1,000 of the force's workforce at 31 March 2018")
			.contains("Cases reported, counted in the financial year they were reported.");
	}

	@Test
	void theMapAndTheChartAreNamedDescribedAndTheMapLeadsToEachForce() throws Exception {
		Document page = page("/statistics?measure=REPORTS&year=" + PERIOD);
		Element map = page.selectFirst("svg.crossforce-choropleth");
		assertThat(map.selectFirst("title").text())
			.isEqualTo("Map of Reports per 1,000 workforce by police force area, 2005-06");
		assertThat(map.selectFirst("desc").text()).isNotBlank();
		assertThat(map.select("a")).hasSize(43);
		assertThat(map.select("a[href='/statistics/forces/cumbria?year=2005-06']").attr("aria-label"))
			.contains("Cumbria").contains("[c]");
		Element chart = page.selectFirst("svg#statistics-chart, svg[aria-labelledby^=statistics-chart]");
		assertThat(chart.selectFirst("title").text()).isEqualTo("Bar chart of Reports by force, 2005-06");
		assertThat(chart.selectFirst("desc").text()).contains("Bar chart of");
		assertThat(chart.select(".bar-label").eachText()).hasSize(46)
			.contains("Hampshire and Isle of Wight Constabulary")
			.noneMatch(label -> label.contains("("));
	}

	@Test
	void theMapAndTheChartAreDrawnAgainWhenTheFiguresChange() throws Exception {
		String url = "/statistics?measure=REPORTS&year=" + PERIOD;
		assertThat(bar(page(url), "metropolitan")).isEqualTo("7");
		assertThat(bar(page(url), "metropolitan")).isEqualTo("7");
		cases("metropolitan", 5, false);
		tables.forget();
		Document again = page(url);
		assertThat(bar(again, "metropolitan")).isEqualTo("12");
		assertThat(again.selectFirst("svg.crossforce-choropleth a[href='/statistics/forces/metropolitan?year=2005-06']")
			.attr("aria-label")).doesNotContain("[c]");
	}

	private static String bar(Document page, String force) {
		return page.select("g.bar-row[data-key=" + force + "] [data-value]").attr("data-value");
	}

	@Test
	void aForcePageShowsEveryMeasureATrendAndALinkToItsNeighbours() throws Exception {
		Document page = page("/statistics/forces/cumbria?year=" + PERIOD);
		assertThat(page.select("main h1").text()).isEqualTo("Cumbria Constabulary");
		Element table = table(page, "Figures for Cumbria Constabulary, 2005-06");
		assertThat(table.select("tbody tr")).hasSize(15);
		assertThat(table.select("tbody tr th").eachText()).containsSubsequence("Charged", "Convicted");
		assertThat(row(table, "Reports")).containsExactly("Reports", "[c]", "[c]");
		Element trend = page.selectFirst("svg[aria-labelledby^=statistics-trend]");
		assertThat(trend.selectFirst("title").text()).contains("Cumbria Constabulary and England and Wales");
		assertThat(trend.selectFirst("desc").text()).isNotBlank();
		assertThat(row(table(page, "Reports by financial year, Cumbria Constabulary and England "
				+ "and Wales"), PERIOD)).containsExactly(PERIOD, "[c]", "26");
		assertThat(page.select("a[href='/statistics/forces/cumbria/neighbours?year=2005-06']")).hasSize(1);
	}

	@Test
	void theNeighboursPageHighlightsTheForceAmongItsNeighbours() throws Exception {
		Document page = page("/statistics/forces/cumbria/neighbours?measure=REPORTS&year=" + PERIOD);
		Element table = page.selectFirst("main table");
		assertThat(table.select("tbody th strong").text()).isEqualTo("Cumbria Constabulary");
		assertThat(table.select("tbody th").eachText()).startsWith("Cumbria Constabulary")
			.contains("Lancashire Constabulary");
		Element chart = page.selectFirst("svg[aria-labelledby^=statistics-neighbours]");
		assertThat(chart.select("g.highlighted").attr("data-key")).isEqualTo("cumbria");
	}

	private static Element table(Document page, String caption) {
		return page.select("table").stream()
			.filter(table -> table.select("caption").text().equals(caption))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No table " + caption));
	}

	private static java.util.List<String> row(Element table, String area) {
		return table.select("tbody tr").stream()
			.filter(row -> row.selectFirst("th").text().equals(area))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row " + area))
			.select("th, td")
			.eachText();
	}

}
