package org.crossforce.supercomplaints;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.Csv;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A super-complaint's report and responses through the API and the public tracker: who may publish and when, the
 * 56-day default and its override, overdue lines, who may answer for whom, "all chief constables", the tracker's
 * pages and CSV, and the demo complaint.
 */
@IntegrationTest
class SuperComplaintReportTest {

	private static final String INSPECTOR = "inspector@hmicfrs.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyHmicfrsPublishesAndOnlyAComplaintUnderInvestigation() throws Exception {
		long investigated = complaint(Stage.UNDER_INVESTIGATION);
		String report = report("2022-06-30", null, "\"addressees\": [\"COLLEGE\"]");
		publish("psd@essex.demo", investigated, report).andExpect(status().isForbidden());
		publish("college@college.demo", investigated, report).andExpect(status().isForbidden());
		publish("iopc@iopc.demo", investigated, report).andExpect(status().isForbidden());
		mvc.perform(post("/api/supercomplaints/" + investigated + "/report").contentType(MediaType.APPLICATION_JSON)
			.content(report)).andExpect(status().isUnauthorized());

		long submitted = complaint(Stage.SUBMITTED);
		publish(INSPECTOR, submitted, report).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
		long draft = complaint(Stage.DRAFT);
		publish(INSPECTOR, draft, report).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));

		publish(INSPECTOR, investigated, report).andExpect(status().isCreated())
			.andExpect(jsonPath("$.recommendations[0].addressees[0].key").value("college"));
		assertThat(stage(investigated)).isEqualTo("REPORT_PUBLISHED");
		publish(INSPECTOR, investigated, report).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
		assertThat(stage(submitted)).isEqualTo("SUBMITTED");
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndLeavesTheStage() throws Exception {
		long id = complaint(Stage.UNDER_INVESTIGATION);
		publish(INSPECTOR, id, report("2022-06-30", 0, "\"addressees\": [\"COLLEGE\"]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("responseDays"));
		publish(INSPECTOR, id, report("2022-06-30", 366, "\"addressees\": [\"COLLEGE\"]"))
			.andExpect(jsonPath("$.errors[0].field").value("responseDays"));
		publish(INSPECTOR, id, report("2022-06-30", null, "\"addressees\": [\"COLLEGE\"]")
			.replace("https://www.example.org/report", "http://www.example.org/report"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("url"));
		publish(INSPECTOR, id, report("2022-06-30", null, "\"addressees\": []"))
			.andExpect(jsonPath("$.errors[0].field").value("recommendations[0].addressees"));
		publish(INSPECTOR, id, report("2022-06-30", null, "\"forces\": [\"atlantis\"]"))
			.andExpect(jsonPath("$.errors[0].field").value("recommendations[0].forces"));
		publish(INSPECTOR, id, report(LocalDate.now(ZoneId.of("Europe/London")).plusDays(2).toString(), null,
				"\"addressees\": [\"COLLEGE\"]"))
			.andExpect(jsonPath("$.errors[0].field").value("publishedOn"));
		assertThat(stage(id)).isEqualTo("UNDER_INVESTIGATION");
	}

	@Test
	void responsesAreDue56DaysAfterPublicationUnlessTheReportSaysOtherwise() throws Exception {
		long byDefault = complaint(Stage.UNDER_INVESTIGATION);
		publish(INSPECTOR, byDefault, report("2022-06-30", null, "\"addressees\": [\"HOME_OFFICE\"]"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.responseDays").value(56))
			.andExpect(jsonPath("$.responsesDue").value("2022-08-25"))
			.andExpect(jsonPath("$.recommendations[0].addressees[0].due").value("2022-08-25"));

		long overridden = complaint(Stage.UNDER_INVESTIGATION);
		publish(INSPECTOR, overridden, report("2022-06-30", 28, "\"addressees\": [\"HOME_OFFICE\"]"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.responseDays").value(28))
			.andExpect(jsonPath("$.responsesDue").value("2022-07-28"));
		mvc.perform(get("/api/supercomplaints/tracker/" + overridden))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.report.recommendations[0].addressees[0].due").value("2022-07-28"));
	}

	@Test
	void aLineIsOverdueAfterItsDueDateUntilAnswered() throws Exception {
		long late = complaint(Stage.UNDER_INVESTIGATION);
		publish(INSPECTOR, late, report("2022-06-30", null, "\"addressees\": [\"COLLEGE\", \"IOPC\"]"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.recommendations[0].addressees[?(@.key == 'college')].overdue").value(true))
			.andExpect(jsonPath("$.recommendations[0].addressees[?(@.key == 'iopc')].overdue").value(true));
		respond("college@college.demo", late, 1, response("college", "2022-08-01")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.addressees[?(@.key == 'college')].overdue").value(false))
			.andExpect(jsonPath("$.addressees[?(@.key == 'college')].response.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.addressees[?(@.key == 'iopc')].overdue").value(true));
		Document page = Jsoup.parse(mvc.perform(get("/supercomplaints/tracker/" + late))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("tr[data-addressee=iopc] .govuk-tag--red").text()).isEqualTo("Overdue");
		assertThat(page.select("tr[data-addressee=college]").text()).contains("Accepted").contains("In progress")
			.doesNotContain("Overdue");

		long recent = complaint(Stage.UNDER_INVESTIGATION);
		publish(INSPECTOR, recent, report(LocalDate.now(ZoneId.of("Europe/London")).toString(), null,
				"\"addressees\": [\"COLLEGE\"]"))
			.andExpect(jsonPath("$.recommendations[0].addressees[0].overdue").value(false));
	}

	@Test
	void eachResponderAnswersOnlyForTheirOwnBody() throws Exception {
		long id = complaint(Stage.UNDER_INVESTIGATION);
		publish(INSPECTOR, id, report("2022-06-30", null,
				"\"addressees\": [\"COLLEGE\", \"IOPC\", \"MOJ\"], \"forces\": [\"Essex Police\", \"kent\"]"))
			.andExpect(status().isCreated());
		respond("psd@essex.demo", id, 1, response("force:essex", "2022-08-01")).andExpect(status().isCreated());
		respond("psd@essex.demo", id, 1, response("force:kent", "2022-08-01")).andExpect(status().isForbidden());
		respond("psd@essex.demo", id, 1, response("college", "2022-08-01")).andExpect(status().isForbidden());
		respond("college@college.demo", id, 1, response("iopc", "2022-08-01")).andExpect(status().isForbidden());
		respond("iopc@iopc.demo", id, 1, response("iopc", "2022-08-01")).andExpect(status().isCreated());
		respond("advocate@support.demo", id, 1, response("moj", "2022-08-01")).andExpect(status().isForbidden());
		respond(INSPECTOR, id, 1, response("force:kent", "2022-08-01")).andExpect(status().isCreated());
		respond(INSPECTOR, id, 1, response("home-office", "2022-08-01")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("addressee"));
		respond(INSPECTOR, id, 1, response("moj", "2022-06-01")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
		respond(INSPECTOR, id, 1, response("moj", "2022-08-01").replace("\"ACCEPTED\"", "null"))
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		assertThat(jdbc.sql("select count(*) from super_complaint_response r join super_complaint_recommendation m "
				+ "on m.id = r.recommendation_id where m.super_complaint_id = ?").param(id).query(Long.class).single())
			.isEqualTo(3);

		long notYet = complaint(Stage.UNDER_INVESTIGATION);
		respond(INSPECTOR, notYet, 1, response("college", "2022-08-01")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
	}

	@Test
	void allChiefConstablesMeansEveryTerritorialForce() throws Exception {
		long id = complaint(Stage.UNDER_INVESTIGATION);
		String body = publish(INSPECTOR, id, report("2022-06-30", null,
				"\"addressees\": [\"ALL_CHIEF_CONSTABLES\", \"PCCS\"], \"forces\": [\"btp\"]"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> keys = JsonPath.read(body, "$.recommendations[0].addressees[*].key");
		List<Boolean> viaAll = JsonPath.read(body, "$.recommendations[0].addressees[?(@.viaAllChiefConstables == true)].viaAllChiefConstables");
		assertThat(viaAll).hasSize(43);
		assertThat(keys).hasSize(45).contains("force:essex", "force:metropolitan", "force:btp", "pccs")
			.doesNotContain("force:ministry-of-defence", "force:civil-nuclear");
		respond("psd@essex.demo", id, 1, response("force:essex", "2022-08-01")).andExpect(status().isCreated());
	}

	@Test
	void theTrackerShowsNoDraftsAndTheGridOfAPublishedReport() throws Exception {
		long draft = complaint(Stage.DRAFT);
		long published = complaint(Stage.UNDER_INVESTIGATION);
		publish(INSPECTOR, published, report("2022-06-30", null, "\"addressees\": [\"COLLEGE\", \"IOPC\"]"))
			.andExpect(status().isCreated());
		String list = mvc.perform(get("/supercomplaints/tracker"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).doesNotContain(title(draft)).contains(title(published));
		mvc.perform(get("/supercomplaints/tracker/" + draft)).andExpect(status().isNotFound());
		mvc.perform(get("/api/supercomplaints/tracker/" + draft)).andExpect(status().isNotFound());
		mvc.perform(get("/supercomplaints/tracker/" + draft + "/responses.csv")).andExpect(status().isNotFound());
		mvc.perform(get("/api/supercomplaints/tracker"))
			.andExpect(jsonPath("$[?(@.id == " + draft + ")]").isEmpty())
			.andExpect(jsonPath("$[?(@.id == " + published + ")].stage").value("REPORT_PUBLISHED"));

		Document page = Jsoup.parse(mvc.perform(get("/supercomplaints/tracker/" + published))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#stage").text()).isEqualTo("Report published");
		assertThat(page.select("#published-on").text()).isEqualTo("30 June 2022");
		assertThat(page.select("#responses-due").text()).startsWith("25 August 2022");
		assertThat(page.select("#documents a").attr("href")).isEqualTo("https://www.example.org/report");
		assertThat(page.select("#recommendation-1 table th[scope=col]")).hasSize(4);
		assertThat(page.select("#recommendation-1 tbody tr th[scope=row]").eachText())
			.containsExactly("College of Policing", "Independent Office for Police Conduct (IOPC)");
		assertThat(page.select("#recommendation-1 tbody tr").text()).contains("No response recorded");
	}

	@Test
	void theCsvHasARowForEveryRecommendationAndAddresseeAndDisarmsFormulas() throws Exception {
		long id = complaint(Stage.UNDER_INVESTIGATION);
		publish(INSPECTOR, id, """
				{"title": "Report", "publishedOn": "2022-06-30", "url": "https://www.example.org/report",
				 "recommendations": [
				   {"text": "=HYPERLINK(\\"https://evil.example\\", \\"click\\")", "addressees": ["COLLEGE", "IOPC"]},
				   {"text": "Plain, with a comma", "addressees": ["HOME_OFFICE"]}]}""")
			.andExpect(status().isCreated());
		respond("iopc@iopc.demo", id, 1, response("iopc", "2022-08-01").replace("We accept it.", "@SUM(1+1)"))
			.andExpect(status().isCreated());
		MvcResult result = mvc.perform(get("/supercomplaints/tracker/" + id + "/responses.csv"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment")
			.contains("supercomplaint-" + id + "-responses.csv");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<List<String>> rows = Csv.read(bytes);
		assertThat(rows.get(0)).startsWith("recommendation", "recommendation_text", "illustrative", "addressee",
				"addressee_key", "response_due", "status", "progress");
		assertThat(rows).hasSize(4);
		assertThat(rows.get(1).get(1)).isEqualTo("'=HYPERLINK(\"https://evil.example\", \"click\")");
		assertThat(rows.get(2)).containsSequence("iopc", "2022-08-25", "ACCEPTED", "IN_PROGRESS", "2022-08-01",
				"'@SUM(1+1)");
		assertThat(rows.get(1).get(11)).isEqualTo("yes");
		assertThat(rows.get(2).get(11)).isEqualTo("no");
		assertThat(rows.get(3).get(0)).isEqualTo("2");
		assertThat(rows.get(3).get(1)).isEqualTo("Plain, with a comma");
		assertThat(rows).allMatch(row -> row.size() == 12);
	}

	@Test
	void theDemoComplaintHasItsRealDatesAndNoResponses() throws Exception {
		record Demo(long id, LocalDate submittedOn, LocalDate reportPublishedOn, LocalDate acknowledgedOn,
				LocalDate decidedOn, String stage, String bodyName) {
		}
		Demo demo = jdbc.sql("""
				select id, submitted_on, report_published_on, acknowledged_on, decided_on, stage, body_name
				from super_complaint where demo = true and submitted_on = ?""")
			.param(LocalDate.of(2020, 3, 9))
			.query(Demo.class)
			.single();
		assertThat(demo.reportPublishedOn()).isEqualTo(LocalDate.of(2022, 6, 30));
		assertThat(demo.acknowledgedOn()).isNull();
		assertThat(demo.decidedOn()).isNull();
		assertThat(demo.stage()).isEqualTo("REPORT_PUBLISHED");
		assertThat(demo.bodyName()).isEqualTo("Centre for Women's Justice");
		assertThat(jdbc.sql("select count(*) from super_complaint_response r join super_complaint_recommendation m "
				+ "on m.id = r.recommendation_id where m.super_complaint_id = ?").param(demo.id()).query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from super_complaint_recommendation where super_complaint_id = ? "
				+ "and illustrative = false").param(demo.id()).query(Long.class).single()).isZero();

		Document page = Jsoup.parse(mvc.perform(get("/supercomplaints/tracker/" + demo.id()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#demo-notice").text()).contains("demonstration example")
			.contains("no responses are recorded");
		assertThat(page.select("#dates").text()).contains("9 March 2020").contains("30 June 2022")
			.contains("Not recorded in this demo");
		assertThat(page.select(".recommendation .govuk-warning-text").text()).contains("Illustrative summary");
		assertThat(page.select(".recommendation tbody tr").text()).contains("Not recorded in this demo")
			.doesNotContain("Overdue");
		mvc.perform(get("/api/supercomplaints/tracker/" + demo.id()))
			.andExpect(jsonPath("$.complaint.demo").value(true))
			.andExpect(jsonPath("$.report.recommendations[0].illustrative").value(true))
			.andExpect(jsonPath("$.report.recommendations[*].addressees[?(@.overdue == true)]").isEmpty())
			.andExpect(jsonPath("$.report.recommendations[*].addressees[?(@.response != null)]").isEmpty());
		respond(INSPECTOR, demo.id(), 2, response("college", "2022-08-01")).andExpect(status().isBadRequest());
	}

	private ResultActions publish(String user, long id, String body) throws Exception {
		return mvc.perform(post("/api/supercomplaints/" + id + "/report").header("Authorization", DemoTokens.bearer(mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions respond(String user, long id, int number, String body) throws Exception {
		return mvc.perform(post("/api/supercomplaints/" + id + "/recommendations/" + number + "/responses")
			.header("Authorization", DemoTokens.bearer(mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static String report(String publishedOn, Integer days, String addressees) {
		return """
				{"title": "Report", "publishedOn": "%s", "url": "https://www.example.org/report", %s
				 "recommendations": [{"text": "Do better", %s}]}"""
			.formatted(publishedOn, days == null ? "" : "\"responseDays\": " + days + ",", addressees);
	}

	private static String response(String addressee, String receivedOn) {
		return """
				{"addressee": "%s", "status": "ACCEPTED", "progress": "IN_PROGRESS", "text": "We accept it.",
				 "receivedOn": "%s"}""".formatted(addressee, receivedOn);
	}

	private long complaint(Stage stage) {
		String title = "Test complaint " + UUID.randomUUID();
		jdbc.sql("""
				insert into super_complaint (title, body_code, body_name, stage, created_at, submitted_on)
				values (?, 'test-body', 'Test designated body', ?, ?, ?)""")
			.params(title, stage.name(), Timestamp.from(Instant.now()),
					stage == Stage.DRAFT ? null : LocalDate.of(2021, 1, 11))
			.update();
		return jdbc.sql("select id from super_complaint where title = ?").param(title).query(Long.class).single();
	}

	private String title(long id) {
		return jdbc.sql("select title from super_complaint where id = ?").param(id).query(String.class).single();
	}

	private String stage(long id) {
		return jdbc.sql("select stage from super_complaint where id = ?").param(id).query(String.class).single();
	}

}
