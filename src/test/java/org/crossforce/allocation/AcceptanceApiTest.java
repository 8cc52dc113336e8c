package org.crossforce.allocation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.calendar.WorkingDayRule;
import org.crossforce.reports.ReportApiTestData;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The investigating force accepts within 2 working days, or declines with a reason; late ones escalate. */
@IntegrationTest
class AcceptanceApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	String reference;

	String force;

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
		force = await().atMost(Duration.ofSeconds(20))
			.until(() -> allocations.of(reference), java.util.Optional::isPresent)
			.orElseThrow()
			.investigatingForce();
	}

	@Test
	void theInvestigatingForceAcceptsWithinTwoWorkingDaysAndOnlyOnce() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		assertThat(allocations.acceptance(reference).orElseThrow().dueOn())
			.isEqualTo(calendar.due(today, 2, WorkingDayRule.EW).due());
		mvc.perform(post("/api/cases/{r}/acceptance", reference)
			.header("Authorization", DemoTokens.bearer(mvc, "psd@devon-and-cornwall.demo")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/cases/{r}/acceptance", reference)
			.header("Authorization", DemoTokens.bearer(mvc, "psd@" + force + ".demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acceptedBy").value("psd@" + force + ".demo"))
			.andExpect(jsonPath("$.overdue").value(false));
		mvc.perform(post("/api/cases/{r}/acceptance", reference)
			.header("Authorization", DemoTokens.bearer(mvc, "psd@" + force + ".demo")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void decliningNeedsAReasonAndSendsTheCaseToTheNextForce() throws Exception {
		mvc.perform(post("/api/cases/{r}/decline", reference)
			.header("Authorization", DemoTokens.bearer(mvc, "psd@" + force + ".demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\" \"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/cases/{r}/decline", reference)
			.header("Authorization", DemoTokens.bearer(mvc, "psd@" + force + ".demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Our head of PSD trained with the accused\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.investigatingForce").value(org.hamcrest.Matchers.not(force)))
			.andExpect(jsonPath("$.conflictedForces", hasItem(force)));
		CaseAllocation now = allocations.of(reference).orElseThrow();
		assertThat(allocations.acceptance(reference).orElseThrow().investigatingForce())
			.isEqualTo(now.investigatingForce());
		assertThat(jdbc.sql("select count(*) from audit_entry where subject = :s and action = 'case.allocation.declined'")
			.param("s", "case " + reference)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void anAllocationNotAcceptedInTimeIsEscalatedToOversight() throws Exception {
		jdbc.sql("update allocation_acceptance set due_on = :past where reference = :r")
			.param("past", java.sql.Date.valueOf(LocalDate.of(2025, 1, 2)))
			.param("r", reference)
			.update();
		mvc.perform(get("/api/allocations/overdue").header("Authorization", DemoTokens.bearer(mvc, "iopc@iopc.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].reference", hasItem(reference)));
		mvc.perform(get("/api/allocations/overdue")
			.header("Authorization", DemoTokens.bearer(mvc, "psd@" + force + ".demo"))).andExpect(status().isForbidden());
	}

}
