package org.crossforce.statistics.internal;

import java.time.ZoneId;

import java.util.List;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crossforce.reference.Forces;
import org.crossforce.statistics.CaseSelection;
import org.crossforce.statistics.Grouping;
import org.crossforce.statistics.LiveStatistics;
import org.crossforce.statistics.Measure;
import org.crossforce.statistics.internal.ProtectedTables.AreaFigures;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public statistics API on a fixture of real cases reported in financial year 2003-04, which no other test
 * uses (the synthetic cases are from 2015 to 2024 and the service's own from today), so the shared database does
 * not interfere. Requests are made without signing in.
 */
@IntegrationTest
class StatisticsApiTest {

	static final int YEAR = 2003;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	StatisticsTables tables;

	@Autowired
	Forces forces;

	@BeforeEach
	void fixture() {
		jdbc.sql("delete from statistics_case where reference like 'TST-API-%'").update();
		// Each force's cases with a first decision took 3, 4, 5... working days. Cumbria's 2 cases are a primary
		// [c]; MOD Police has no published workforce.
		cases("greater-manchester", 10, 6);
		cases("cumbria", 2, 2);
		cases("metropolitan", 7, 5);
		cases("btp", 6, 0);
		cases("ministry-of-defence", 5, 0);
		tables.forget();
	}

	private int next;

	private void cases(String force, int count, int withFirstDecision) {
		for (int i = 0; i < count; i++) {
			boolean decided = i < withFirstDecision;
			jdbc.sql("""
					insert into statistics_case (reference, synthetic, financial_year, reported_on, employing_force,
					  first_decision_on, first_decision_working_days)
					values (:reference, false, :year, :reported, :force, :decided, :days)
					""")
				.param("reference", "TST-API-" + (++next) + "-" + force.substring(0, 3))
				.param("year", YEAR)
				.param("reported", Date.valueOf(LocalDate.of(YEAR, 6, 2)))
				.param("force", force)
				.param("decided", decided ? Date.valueOf(LocalDate.of(YEAR, 6, 20)) : null)
				.param("days", decided ? 3 + i : null)
				.update();
		}
	}

	JsonNode body(String url) throws Exception {
		String body = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return json.readTree(body);
	}

	/** The answer without its producedAt, which only has to be a time. */
	JsonNode figures(String url) throws Exception {
		ObjectNode node = (ObjectNode) body(url);
		assertThat(Instant.parse(node.remove("producedAt").asString())).isBeforeOrEqualTo(Instant.now());
		return node;
	}

	/** A row whose median working days to first decision is withheld, as most are in the fixture. */
	static String row(String code, String name, Long value, String symbol, String rate) {
		return row(code, name, value, symbol, rate, "[c]");
	}

	static String row(String code, String name, Long value, String symbol, String rate, String median) {
		String text = value == null ? symbol : String.format(java.util.Locale.UK, "%,d", value);
		return ("{\"code\":\"%s\",\"name\":\"%s\",\"value\":%s,\"text\":\"%s\",\"symbol\":%s,"
				+ "\"ratePer1000Workforce\":\"%s\",\"medianWorkingDaysToFirstDecision\":\"%s\"}")
			.formatted(code, name, value, text, symbol == null ? "null" : "\"" + symbol + "\"", rate, median);
	}

	String answer(String by, String... rows) {
		return """
				{"source":"live","measure":"REPORTS","by":"%s","period":"2003-04","includesSynthetic":false,"notice":null,
				 "legend":{"[c]":"[c] confidential: a count from 1 to 4, or a figure that would reveal one",
				   "[x]":"[x] not available","[z]":"[z] not applicable"},
				 "notes":["Counts from 1 to 4 are not shown, to protect the people they are about. Some other figures are not shown either, so that a hidden count cannot be worked out by subtracting from a total, in this table or in another.",
				   "A rate is not shown where the count it comes from is not shown.",
				   "Rates are per 1,000 of the force's workforce at 31 March 2018: officers, police staff including designated officers, and PCSOs, full-time equivalent (Home Office, Police workforce, England and Wales). [x] means the Home Office published no workforce for the force, or for a force in the area."],
				 "rows":[%s]}
				""".formatted(by, String.join(",", rows));
	}

	@Test
	void regionsAddUpTheirForcesAndTheNationalForcesAreTheirOwnRegions() throws Exception {
		assertThat(figures("/api/statistics?measure=REPORTS&by=region&period=2003-04")).isEqualTo(json.readTree(answer(
				"region", row("london", "London", 7L, null, "0.2", "5.0"),
				row("north-west", "North West", 12L, null, "0.5", "4.5"),
				row("north-east", "North East", 0L, null, "0.0"),
				row("yorkshire-and-the-humber", "Yorkshire and The Humber", 0L, null, "0.0"),
				row("west-midlands", "West Midlands", 0L, null, "0.0"),
				row("east-midlands", "East Midlands", 0L, null, "0.0"),
				row("east-of-england", "East of England", 0L, null, "0.0"),
				row("south-east", "South East", 0L, null, "0.0"), row("south-west", "South West", 0L, null, "0.0"),
				row("wales", "Wales", 0L, null, "0.0"),
				row("great-britain-national", "Great Britain (national)", 6L, null, "1.3"),
				// MOD Police and CNC: the Home Office published no workforce for either
				row("united-kingdom-national", "United Kingdom (national)", 5L, null, "[x]"))));
	}

	@Test
	void englandAndWalesCountsEveryForceIncludingTheNationalOnes() throws Exception {
		assertThat(figures("/api/statistics?by=england-and-wales&period=2003-04")).isEqualTo(json.readTree(answer(
				"england-and-wales",
				row("england-and-wales", "England and Wales", 30L, null, "[x]", "5.0"))));
	}

	@Test
	void smallCountsAndTheCountsThatWouldRevealThemAreHiddenWithTheirRates() throws Exception {
		JsonNode answer = figures("/api/statistics?by=force&period=2003-04");
		Map<String, JsonNode> rows = new LinkedHashMap<>();
		answer.get("rows").forEach(row -> rows.put(row.get("code").asString(), row));
		assertThat(rows).hasSize(46);
		// Cumbria's 2 is a primary [c]. North West (12) is shown, so Greater Manchester's 10 is hidden too: with it
		// shown, 12 - 10 would give Cumbria away.
		assertThat(rows.get("cumbria")).isEqualTo(json.readTree(row("cumbria", "Cumbria Constabulary", null, "[c]", "[c]")));
		assertThat(rows.get("greater-manchester"))
			.isEqualTo(json.readTree(row("greater-manchester", "Greater Manchester Police", null, "[c]", "[c]")));
		assertThat(rows.get("lancashire"))
			.isEqualTo(json.readTree(row("lancashire", "Lancashire Constabulary", 0L, null, "0.0")));
		assertThat(rows.get("metropolitan"))
			.isEqualTo(json.readTree(row("metropolitan", "Metropolitan Police Service", 7L, null, "0.2", "5.0")));
		assertThat(rows.get("btp")).isEqualTo(json.readTree(row("btp", "British Transport Police", 6L, null, "1.3")));
		assertThat(rows.get("ministry-of-defence"))
			.isEqualTo(json.readTree(row("ministry-of-defence", "Ministry of Defence Police", 5L, null, "[x]")));
		assertThat(rows.get("civil-nuclear"))
			.isEqualTo(json.readTree(row("civil-nuclear", "Civil Nuclear Constabulary", 0L, null, "[x]")));
		assertThat(rows.values().stream().filter(row -> !row.get("symbol").isNull()).map(row -> row.get("code").asString()))
			.containsExactly("cumbria", "greater-manchester");
	}

	@Test
	void noHiddenForceCanBeWorkedOutFromItsShownRegion() throws Exception {
		JsonNode forces = figures("/api/statistics?by=force&period=2003-04&measure=FIRST_DECISION_TAKEN");
		JsonNode regions = figures("/api/statistics?by=region&period=2003-04&measure=FIRST_DECISION_TAKEN");
		Map<String, Boolean> regionShown = new LinkedHashMap<>();
		regions.get("rows").forEach(row -> regionShown.put(row.get("code").asString(), row.get("symbol").isNull()));
		Map<String, Long> hiddenByRegion = new LinkedHashMap<>();
		for (JsonNode row : forces.get("rows")) {
			String region = LiveStatistics.regionCode(this.forces.find(row.get("code").asString()).orElseThrow().region());
			hiddenByRegion.merge(region, row.get("symbol").isNull() ? 0L : 1L, Long::sum);
		}
		hiddenByRegion.forEach((region, hidden) -> assertThat(regionShown.get(region) && hidden == 1)
			.as("%s is shown with exactly one of its forces hidden", region)
			.isFalse());
		assertThat(hiddenByRegion.get("north-west")).isEqualTo(2);
	}

	@Test
	void theMedianIsShownOnlyOverFiveOrMoreCasesWhoseCountIsShown() {
		ProtectedTables protectedTables = tables.tables(YEAR, CaseSelection.REAL_ONLY);
		Map<String, BigDecimal> medians = new LinkedHashMap<>();
		protectedTables.areas()
			.forEach(area -> medians.put(area.grouping() + ":" + area.code(),
					protectedTables.medianWorkingDaysToFirstDecision(area)));
		// Greater Manchester's six decisions are a secondary [c]; Cumbria's two a primary one.
		assertThat(medians.get("FORCE:greater-manchester")).isNull();
		assertThat(medians.get("FORCE:cumbria")).isNull();
		assertThat(medians.get("FORCE:metropolitan")).isEqualByComparingTo("5");
		// 3, 3, 4, 4, 5, 6, 7, 8
		assertThat(medians.get("REGION:north-west")).isEqualByComparingTo("4.5");
		assertThat(medians.get("ENGLAND_AND_WALES:england-and-wales")).isEqualByComparingTo("5");
		assertThat(medians.get("FORCE:btp")).isNull();
	}

	@Test
	void theProtectedTablesAreKeptAndNotWorkedOutForEachRequest() {
		ProtectedTables first = tables.tables(YEAR, CaseSelection.REAL_ONLY);
		assertThat(tables.tables(YEAR, CaseSelection.REAL_ONLY)).isSameAs(first);
		cases("lancashire", 9, 0);
		// Within a minute of reading the counts the kept tables stand, new case or not.
		assertThat(tables.tables(YEAR, CaseSelection.REAL_ONLY)).isSameAs(first);
		tables.forget();
		ProtectedTables again = tables.tables(YEAR, CaseSelection.REAL_ONLY);
		AreaFigures lancashire = again.areas(Grouping.FORCE).stream()
			.filter(area -> area.code().equals("lancashire"))
			.findFirst()
			.orElseThrow();
		assertThat(again).isNotSameAs(first);
		assertThat(again.publication().publication().count(again.key(Measure.REPORTS, lancashire))).hasValue(9);
	}

	@Test
	void byDefaultReportsByForceForTheLatestEndedYearWithCases() throws Exception {
		JsonNode answer = body("/api/statistics");
		List<Integer> years = jdbc.sql("select distinct financial_year from statistics_case where financial_year is not null"
				+ (answer.get("includesSynthetic").asBoolean() ? "" : " and synthetic = false"))
			.query(Integer.class)
			.list();
		int latest = LiveTables.defaultYear(years, CaseFacts.financialYear(LocalDate.now(ZoneId.of("Europe/London"))));
		assertThat(answer.get("measure").asString()).isEqualTo("REPORTS");
		assertThat(answer.get("by").asString()).isEqualTo("force");
		assertThat(answer.get("period").asString()).isEqualTo(LiveTables.periodName(latest));
		assertThat(answer.get("rows")).hasSize(46);
		if (answer.get("includesSynthetic").asBoolean()) {
			assertThat(answer.get("notice").asString()).contains("synthetic cases");
		}
		else {
			assertThat(answer.get("notice").isNull()).isTrue();
		}
	}

	@Test
	void badParametersAreRefusedNamingTheParameter() throws Exception {
		refused("/api/statistics?measure=VICTIMS", "measure");
		refused("/api/statistics?by=county", "by");
		refused("/api/statistics?period=2024-26", "period");
		refused("/api/statistics?period=2024", "period");
		refused("/api/statistics?period=1999-00", "period");
		refused("/api/statistics?period=2101-02", "period");
	}

	private void refused(String url, String field) throws Exception {
		mvc.perform(get(url))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors.length()").value(1));
	}

	@Test
	void publishedFiguresAreGivenAsPublishedWithTheirSource() throws Exception {
		JsonNode answer = body("/api/statistics/published");
		assertThat(answer.get("source").asString()).isEqualTo("published");
		assertThat(answer.get("notice").asString()).contains("not suppressed again");
		Map<String, JsonNode> byArea = new LinkedHashMap<>();
		answer.get("figures").forEach(figure -> byArea.putIfAbsent(figure.get("areaCode").asString(), figure));
		assertThat(byArea.get("greater-manchester").get("count").asLong()).isEqualTo(79);
		assertThat(byArea.get("greater-manchester").get("text").asString()).isEqualTo("79");
		assertThat(byArea.get("E&W").get("count").asLong()).isEqualTo(666);
		answer.get("figures").forEach(figure -> {
			assertThat(figure.get("source").asString()).isNotBlank();
			assertThat(figure.get("period").asString()).isNotBlank();
		});
	}

}
