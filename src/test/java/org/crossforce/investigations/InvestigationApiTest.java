package org.crossforce.investigations;

import java.time.Duration;

import org.crossforce.allocation.Allocations;
import org.crossforce.reports.ReportApiTestData;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/cases/{reference}/events and GET /api/cases/{reference}/timeline. */
@IntegrationTest
class InvestigationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	String reference;

	String investigator;

	@BeforeEach
	void aCaseIsAllocated() throws Exception {
		String body = mvc
			.perform(post("/api/reports").header("Authorization", DemoTokens.bearer(mvc, "advocate@support.demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ReportApiTestData.VALID))
			.andReturn()
			.getResponse()
			.getContentAsString();
		reference = JsonPath.read(body, "$.reference");
		String force = await().atMost(Duration.ofSeconds(20))
			.until(() -> allocations.of(reference), java.util.Optional::isPresent)
			.orElseThrow()
			.investigatingForce();
		investigator = "psd@" + force + ".demo";
	}

	@Test
	void onlyTheInvestigatingForceRecordsSteps() throws Exception {
		record("psd@devon-and-cornwall.demo", "SUSPECT_ARRESTED", "2025-07-01", null).andExpect(status().isNotFound());
		record("psd@greater-manchester.demo", "SUSPECT_ARRESTED", "2025-07-01", null)
			.andExpect(status().isForbidden());
		record("iopc@iopc.demo", "SUSPECT_ARRESTED", "2025-07-01", null).andExpect(status().isForbidden());
		record("advocate@support.demo", "SUSPECT_ARRESTED", "2025-07-01", null).andExpect(status().isForbidden());
		timeline("advocate@support.demo").andExpect(status().isOk()).andExpect(jsonPath("$.steps").isEmpty());
	}

	@Test
	void aKeyDecisionStartsADutyDueTheNextWorkingDayAndIllegalStepsAreRefused() throws Exception {
		// Wednesday 24 December 2025: Christmas Day and Boxing Day follow, so the victim must be told by Monday 29th.
		record(investigator, "SUSPECT_ARRESTED", "2025-12-24", null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.duties[0].decision").value("SUSPECT_ARRESTED"))
			.andExpect(jsonPath("$.duties[0].dueOn").value("2025-12-29"))
			.andExpect(jsonPath("$.duties[0].overdue").value(true))
			.andExpect(jsonPath("$.allowedNext", hasItem("BAILED")))
			.andExpect(jsonPath("$.allowedNext", not(hasItem("CHARGED"))));
		record(investigator, "CHARGED", "2025-12-24", null).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("step"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CHARGED")));
		record(investigator, "NO_FURTHER_ACTION", "2025-12-27", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		record(investigator, "BAILED", "2999-01-01", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
		record(investigator, "CRIME_RECORDED", "2025-12-27", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("offenceGroup"));
		record(investigator, "NOT_A_STEP", "2025-12-27", null).andExpect(status().isBadRequest());

		record(investigator, "BAILED", "2025-12-27", null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.duties[1].dueOn").value("2025-12-29"));
		timeline(investigator).andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[*].step").value(org.hamcrest.Matchers.contains("SUSPECT_ARRESTED", "BAILED")))
			.andExpect(jsonPath("$.phases", hasItem("CRIMINAL=ON_BAIL")))
			.andExpect(jsonPath("$.steps[0].recordedBy").value(investigator));
	}

	@Test
	void aKeyDecisionPromptsTheVictimToLookAtTheirViewAndOtherStepsDoNot() throws Exception {
		record(investigator, "CLASSIFIED_AS_CONDUCT_MATTER", "2025-12-22", "Illustrative reason")
			.andExpect(status().isCreated());
		org.assertj.core.api.Assertions.assertThat(victimPrompts()).as("not a key decision").isZero();
		record(investigator, "SUSPECT_ARRESTED", "2025-12-24", null).andExpect(status().isCreated());
		org.assertj.core.api.Assertions.assertThat(victimPrompts()).isEqualTo(1);
	}

	private long victimPrompts() {
		return jdbc.sql("select count(*) from notification where case_reference = :r and template = 'CASE_UPDATED'")
			.param("r", reference)
			.query(Long.class)
			.single();
	}

	@Test
	void anOverdueDutyAppearsForTheForceAndTheIopcAndClearsWhenTheVictimIsTold() throws Exception {
		String body = record(investigator, "RELEASED_UNDER_INVESTIGATION", "2025-12-24", null).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).as("not allowed before an arrest").contains("\"status\":400");
		body = record(investigator, "SUSPECT_ARRESTED", "2025-04-17", null).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Thursday 17 April 2025: Good Friday and Easter Monday follow, so the duty fell due on Tuesday 22 April.
		assertThat(JsonPath.<String>read(body, "$.duties[0].dueOn")).isEqualTo("2025-04-22");
		Number duty = JsonPath.read(body, "$.duties[0].id");
		mvc.perform(get("/api/duties?overdue=true").header("Authorization", DemoTokens.bearer(mvc, investigator)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].reference", hasItem(reference)));
		mvc.perform(get("/api/duties?overdue=true").header("Authorization", DemoTokens.bearer(mvc, "iopc@iopc.demo")))
			.andExpect(jsonPath("$[*].reference", hasItem(reference)));
		mvc.perform(get("/api/duties").header("Authorization", DemoTokens.bearer(mvc, "psd@devon-and-cornwall.demo")))
			.andExpect(jsonPath("$[*].reference", not(hasItem(reference))));
		mvc.perform(get("/api/duties").header("Authorization", DemoTokens.bearer(mvc, "advocate@support.demo")))
			.andExpect(status().isForbidden());

		mvc.perform(post("/api/cases/{r}/duties/{d}/victim-told", reference, duty)
			.header("Authorization", DemoTokens.bearer(mvc, "psd@greater-manchester.demo")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/cases/{r}/duties/{d}/victim-told", reference, duty)
			.header("Authorization", DemoTokens.bearer(mvc, investigator)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.duties[0].toldAt").exists())
			.andExpect(jsonPath("$.duties[0].overdue").value(false));
		mvc.perform(get("/api/duties?overdue=true").header("Authorization", DemoTokens.bearer(mvc, investigator)))
			.andExpect(jsonPath("$[*].reference", not(hasItem(reference))));
		mvc.perform(post("/api/cases/{r}/duties/{d}/victim-told", reference, duty)
			.header("Authorization", DemoTokens.bearer(mvc, investigator)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("duty"));
	}

	private ResultActions record(String user, String step, String on, String reason) throws Exception {
		String json = "{\"step\":\"" + step + "\",\"occurredOn\":\"" + on + "\""
				+ (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
		return mvc.perform(post("/api/cases/{r}/events", reference).header("Authorization", DemoTokens.bearer(mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions timeline(String user) throws Exception {
		return mvc.perform(get("/api/cases/{r}/timeline", reference).header("Authorization", DemoTokens.bearer(mvc, user)));
	}

}
