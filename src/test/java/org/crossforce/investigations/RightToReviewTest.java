package org.crossforce.investigations;

import java.time.LocalDate;
import java.time.ZoneId;

import org.crossforce.allocation.Allocations;
import org.crossforce.audit.AuditEntry;
import org.crossforce.audit.AuditLog;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Victims' Right to Review as part of the lifecycle: asked for within 3 months of a decision not to charge,
 * acknowledged within 10 and decided within 30 England and Wales working days, each duty closed by the step that
 * does it, and the decision itself a key decision the victim is told of within 1 working day.
 */
@IntegrationTest
class RightToReviewTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	Investigations investigations;

	@Autowired
	AuditLog audit;

	String reference;

	String investigator;

	@BeforeEach
	void aCaseIsAllocated() throws Exception {
		var allocation = InvestigationCases.allocated(mvc, allocations);
		reference = allocation.reference();
		investigator = InvestigationCases.psd(allocation.investigatingForce());
	}

	@Test
	void aReviewNeedsADecisionNotToChargeFirst() throws Exception {
		record("REVIEW_REQUESTED", "2025-04-17", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("step"))
			.andExpect(jsonPath("$.detail").value(containsString("NO_FURTHER_ACTION")));
		record("SUSPECT_ARRESTED", "2025-04-01", null).andExpect(status().isCreated());
		record("REVIEW_REQUESTED", "2025-04-17", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("step"));
		assertThatThrownBy(() -> investigations.requestReviewAsVictim(reference)).isInstanceOf(IllegalStep.class);
	}

	@Test
	void aRequestTheThursdayBeforeEasterIsAcknowledgedAndDecidedAroundTheBankHolidays() throws Exception {
		record("NO_FURTHER_ACTION", "2025-04-10", "Not enough evidence to charge").andExpect(status().isCreated());
		// Thursday 17 April 2025. Good Friday, Easter Monday and the early May bank holiday (5 May) do not count:
		// the 10th working day is Tuesday 6 May; the spring bank holiday (26 May) also passes before the 30th,
		// Wednesday 4 June.
		String body = record("REVIEW_REQUESTED", "2025-04-17", null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.phases", org.hamcrest.Matchers.hasItem("REVIEW=REQUESTED")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Object>read(body, "$.duties[?(@.kind == 'ACKNOWLEDGE_REVIEW')].dueOn").toString())
			.isEqualTo("[\"2025-05-06\"]");
		assertThat(JsonPath.<Object>read(body, "$.duties[?(@.kind == 'DECIDE_REVIEW')].dueOn").toString())
			.isEqualTo("[\"2025-06-04\"]");
		assertThat(JsonPath.<Object>read(body, "$.duties[?(@.kind == 'ACKNOWLEDGE_REVIEW')].explanation").toString())
			.contains("10 working days after 17 April 2025")
			.contains("18 April (Good Friday)")
			.contains("21 April (Easter Monday")
			.contains("5 May (Early May bank holiday");
		assertThat(JsonPath.<Object>read(body, "$.duties[?(@.kind == 'DECIDE_REVIEW')].explanation").toString())
			.contains("26 May (Spring bank holiday");

		// Acknowledged on Friday 2 May: that duty closes, the decision's stays open.
		body = record("REVIEW_ACKNOWLEDGED", "2025-05-02", null).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Object>read(body, "$.duties[?(@.kind == 'ACKNOWLEDGE_REVIEW')].toldAt").toString())
			.doesNotContain("null");
		assertThat(JsonPath.<Object>read(body, "$.duties[?(@.kind == 'DECIDE_REVIEW')].toldAt").toString())
			.isEqualTo("[null]");

		record("REVIEW_DECISION_UPHELD", "2025-06-03", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		// Decided on Friday 23 May: the decision duty closes, and telling the victim of it is due on Tuesday 27 May,
		// after the spring bank holiday.
		body = record("REVIEW_DECISION_UPHELD", "2025-05-23", "The evidence does not meet the test for a charge")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phases", org.hamcrest.Matchers.hasItem("REVIEW=UPHELD")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Object>read(body, "$.duties[?(@.kind == 'DECIDE_REVIEW')].toldAt").toString())
			.doesNotContain("null");
		assertThat(JsonPath.<Object>read(body, "$.duties[?(@.decision == 'REVIEW_DECISION_UPHELD')].kind").toString())
			.isEqualTo("[\"TELL_VICTIM\"]");
		assertThat(JsonPath.<Object>read(body, "$.duties[?(@.decision == 'REVIEW_DECISION_UPHELD')].dueOn").toString())
			.isEqualTo("[\"2025-05-27\"]");
		assertThat(JsonPath.<Object>read(body, "$.allowedNext").toString()).doesNotContain("REVIEW");
	}

	@Test
	void aRequestBeforeChristmasCountsNeitherChristmasNorNewYear() throws Exception {
		record("NO_FURTHER_ACTION", "2025-12-01", "The suspect has died").andExpect(status().isCreated());
		// Friday 19 December 2025: Christmas Day, Boxing Day and New Year's Day do not count.
		String body = record("REVIEW_REQUESTED", "2025-12-19", null).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Object>read(body, "$.duties[?(@.kind == 'ACKNOWLEDGE_REVIEW')].dueOn").toString())
			.isEqualTo("[\"2026-01-07\"]");
		assertThat(JsonPath.<Object>read(body, "$.duties[?(@.kind == 'DECIDE_REVIEW')].dueOn").toString())
			.isEqualTo("[\"2026-02-04\"]");
		Number acknowledge = JsonPath.<Number>read(body, "$.duties[1].id");
		assertThat(JsonPath.<String>read(body, "$.duties[1].kind")).isEqualTo("ACKNOWLEDGE_REVIEW");
		// Review duties close by recording the step that does them, not with the "victim told" button.
		mvc.perform(post("/api/cases/{r}/duties/{d}/victim-told", reference, acknowledge)
			.header("Authorization", DemoTokens.bearer(mvc, investigator)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("duty"));
		record("REVIEW_ACKNOWLEDGED", "2025-12-18", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
		record("REVIEW_DECISION_OVERTURNED", "2025-12-22", "Wrong").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("step"));
	}

	@Test
	void aReviewIsAskedForWithinThreeMonthsOfTheDecision() throws Exception {
		record("NO_FURTHER_ACTION", "2025-01-31", "No realistic prospect of conviction").andExpect(status().isCreated());
		record("REVIEW_REQUESTED", "2025-01-30", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredOn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("before the decision not to charge on 31 January 2025")));
		record("REVIEW_REQUESTED", "2025-05-01", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredOn"))
			.andExpect(jsonPath("$.errors[0].message")
				.value(containsString("the last day to ask was 30 April 2025")));
		record("REVIEW_REQUESTED", "2025-04-30", null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.steps[1].step").value("REVIEW_REQUESTED"));
	}

	@Test
	void theVictimAsksFromTheirOwnViewAndTheForceIsTold() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		record("NO_FURTHER_ACTION", today.toString(), "Not in the public interest").andExpect(status().isCreated());
		Timeline timeline = investigations.requestReviewAsVictim(reference);
		assertThat(timeline.steps()).extracting(Timeline.RecordedStep::step)
			.containsExactly(Step.NO_FURTHER_ACTION, Step.REVIEW_REQUESTED);
		assertThat(timeline.steps().get(1).recordedBy()).isEqualTo(Investigations.VICTIM);
		assertThat(timeline.steps().get(1).occurredOn()).isEqualTo(today);
		assertThat(timeline.assignment()).isNull();
		assertThat(timeline.duties()).extracting(Timeline.Duty::kind)
			.contains(DutyKind.ACKNOWLEDGE_REVIEW, DutyKind.DECIDE_REVIEW);
		assertThat(audit.entriesAbout("case " + reference, 20)).filteredOn(e -> e.actor().equals("victim"))
			.extracting(AuditEntry::action)
			.contains("case.step.recorded");
		assertThatThrownBy(() -> investigations.requestReviewAsVictim(reference)).isInstanceOf(IllegalStep.class);
		mvc.perform(get("/api/cases/{r}/timeline", reference).header("Authorization", DemoTokens.bearer(mvc, investigator)))
			.andExpect(jsonPath("$.steps[1].recordedBy").value("victim"))
			.andExpect(jsonPath("$.assignment").value(nullValue()));
	}

	private ResultActions record(String step, String on, String reason) throws Exception {
		return InvestigationCases.record(mvc, investigator, reference, step, on, reason);
	}

}
