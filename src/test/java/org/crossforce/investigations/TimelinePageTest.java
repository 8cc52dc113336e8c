package org.crossforce.investigations;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.audit.AuditLog;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GET /cases/{reference}/timeline and its forms: who sees it and who gets the forms, recording a step (and refusing
 * an illegal one with its message beside the field), saying the victim was told, and naming the investigator and
 * supervisor.
 */
@IntegrationTest
class TimelinePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	CaseAllocation allocation;

	String reference;

	String psd;

	@BeforeEach
	void aCaseIsAllocated() throws Exception {
		allocation = InvestigationCases.allocated(mvc, allocations);
		reference = allocation.reference();
		psd = InvestigationCases.psd(allocation.investigatingForce());
	}

	@Test
	void unrelatedUsersFindNothingAndReadersWhoMayNotRecordGetNoForms() throws Exception {
		mvc.perform(get("/cases/{r}/timeline", reference)).andExpect(redirectedUrl("/sign-in"));
		String unrelated = "kent".equals(allocation.investigatingForce()) ? "essex" : "kent";
		mvc.perform(get("/cases/{r}/timeline", reference).with(user(load(InvestigationCases.psd(unrelated)))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/cases/{r}/timeline", reference).with(user(load("psd@greater-manchester.demo"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cases/CF-NOPE/timeline").with(user(load(psd)))).andExpect(status().isNotFound());
		for (String reader : new String[] { "advocate@support.demo", "iopc@iopc.demo" }) {
			Document page = page(reader);
			assertThat(page.select("h1").text()).isEqualTo("Investigation timeline");
			assertThat(page.select("form[action$=/timeline/steps]")).as(reader).isEmpty();
			assertThat(page.select("form[action$=/timeline/assignment]")).as(reader).isEmpty();
		}
		submit(load("advocate@support.demo"), "/steps", "SUSPECT_ARRESTED", "1", "7", "2025", null)
			.andExpect(status().isForbidden());
		assertThat(audit.entriesAbout("case " + reference, 50)).anySatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo("iopc@iopc.demo");
			assertThat(entry.detail()).contains("resource=TIMELINE").contains("purpose=timeline page");
		});
	}

	@Test
	void theInvestigatingForceRecordsStepsAndAnIllegalOneIsExplainedBesideTheField() throws Exception {
		Document empty = page(psd);
		assertThat(empty.select("#no-steps")).hasSize(1);
		assertThat(empty.select("#step option").eachAttr("value")).contains("SUSPECT_ARRESTED", "NO_FURTHER_ACTION")
			.doesNotContain("CHARGED", "REVIEW_REQUESTED");
		assertThat(empty.select("#phases [data-track=CRIMINAL] dd").text()).isEqualTo("Not started");

		Document refused = Html.of(submit(load(psd), "/steps", "CHARGED", "1", "7", "2025", null)
			.andExpect(status().isOk())
			.andReturn());
		assertThat(refused.title()).startsWith("Error:");
		assertThat(refused.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#step");
		assertThat(refused.select("#step-error").text())
			.contains("You cannot record \u201cSuspect charged\u201d while the Criminal investigation track is at \u201cNot started\u201d");

		Document noDate = Html.of(submit(load(psd), "/steps", "SUSPECT_ARRESTED", "31", "2", "2025", null).andReturn());
		assertThat(noDate.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#occurredOnDay");
		assertThat(noDate.select("#occurredOnDay-error").text()).contains("must be a real date");
		assertThat(noDate.select("#occurredOnDay").val()).isEqualTo("31");
		Document noReason = Html
			.of(submit(load(psd), "/steps", "NO_FURTHER_ACTION", "1", "7", "2025", " ").andReturn());
		assertThat(noReason.select("#reason-error").text()).contains("give the reason");

		submit(load(psd), "/steps", "SUSPECT_ARRESTED", "1", "7", "2025", null)
			.andExpect(redirectedUrl("/cases/" + reference + "/timeline"))
			.andExpect(flash().attribute("recorded", "SUSPECT_ARRESTED"));
		submit(load(psd), "/steps", "NO_FURTHER_ACTION", "3", "7", "2025", "No realistic prospect of conviction")
			.andExpect(status().is3xxRedirection());
		Document tooLate = Html.of(submit(load(psd), "/steps", "REVIEW_REQUESTED", "4", "10", "2025", null).andReturn());
		assertThat(tooLate.select("#occurredOnDay-error").text()).contains("the last day to ask was 3 October 2025");

		Document page = page(psd);
		assertThat(page.select("#steps tbody tr")).hasSize(2);
		assertThat(page.select("#steps tbody tr[data-step=NO_FURTHER_ACTION] td").stream().map(td -> td.text())).containsExactly(
				"3 July 2025", "No further action (including a decision not to investigate)",
				"No realistic prospect of conviction", "", psd);
		assertThat(page.select("#phases [data-track=CRIMINAL] dd").text()).isEqualTo("No further action");
		assertThat(page.select("#step option").eachAttr("value")).contains("REVIEW_REQUESTED");
		assertThat(page.select("#duties tbody tr")).hasSize(2);
		assertThat(page.select("#duties tbody tr").first().select(".duty-due").text()).isEqualTo("2 July 2025");
		assertThat(page.select("#duties tbody tr").first().select(".duty-explanation").text())
			.isEqualTo("1 working day after 1 July 2025");
		assertThat(page.select("#duties tbody tr").first().select(".duty-state").text()).isEqualTo("Overdue");
	}

	@Test
	void afterAChargeTheFormOffersTheCourtsOutcomeAndAnAcquittalNeedsItsReason() throws Exception {
		submit(load(psd), "/steps", "REFERRED_TO_CPS", "1", "7", "2025", null).andExpect(status().is3xxRedirection());
		assertThat(page(psd).select("#step option").eachAttr("value")).doesNotContain("CONVICTED", "ACQUITTED");
		submit(load(psd), "/steps", "CHARGED", "2", "7", "2025", null).andExpect(status().is3xxRedirection());
		Document charged = page(psd);
		assertThat(charged.select("#step option").eachAttr("value")).contains("CONVICTED", "ACQUITTED")
			.doesNotContain("NO_FURTHER_ACTION", "SUSPECT_ARRESTED");
		assertThat(charged.select("#step option[value=CONVICTED]").text())
			.isEqualTo("Convicted at court (by guilty plea or verdict)");

		Document noReason = Html.of(submit(load(psd), "/steps", "ACQUITTED", "1", "12", "2025", " ").andReturn());
		assertThat(noReason.select("#reason-error").text()).contains("give the reason");
		submit(load(psd), "/steps", "ACQUITTED", "1", "12", "2025", "Discontinued by the CPS at the first hearing")
			.andExpect(redirectedUrl("/cases/" + reference + "/timeline"));

		Document acquitted = page(psd);
		assertThat(acquitted.select("#phases [data-track=CRIMINAL] dd").text())
			.isEqualTo("Acquitted, or the case discontinued or dismissed");
		assertThat(acquitted.select("#step option").eachAttr("value")).doesNotContain("CONVICTED", "ACQUITTED",
				"NO_FURTHER_ACTION", "REVIEW_REQUESTED");
		assertThat(acquitted.select("#duties tbody tr")).as("charge and acquittal are each a key decision").hasSize(2);
	}

	@Test
	void victimToldClosesADutyAndTheAssignmentFormNamesTheInvestigatorAndSupervisor() throws Exception {
		submit(load(psd), "/steps", "SUSPECT_ARRESTED", "17", "4", "2025", null).andExpect(status().is3xxRedirection());
		Document page = page(psd);
		String duty = page.select("#duties tbody tr").first().attr("data-duty");
		assertThat(page.select("#duties tbody tr").first().select(".duty-explanation").text())
			.isEqualTo("1 working day after 17 April 2025, not counting 18 April (Good Friday), 21 April (Easter Monday)");
		mvc.perform(post("/cases/{r}/timeline/duties/{d}/victim-told", reference, duty).with(user(load(psd))).with(csrf()))
			.andExpect(redirectedUrl("/cases/" + reference + "/timeline"))
			.andExpect(flash().attributeExists("told"));
		Document told = page(psd);
		assertThat(told.select("#duties tbody tr").first().select(".duty-state").text()).startsWith("Victim told on");
		assertThat(told.select("#duties form")).isEmpty();

		assertThat(page.select("#no-assignment")).hasSize(1);
		String investigator = InvestigationCases.newForceUser(mvc, users, jdbc, allocation.investigatingForce(),
				"INVESTIGATOR");
		assertThat(page(psd).select("#investigator option").eachAttr("value")).contains(investigator, psd);
		Document same = Html.of(mvc
			.perform(post("/cases/{r}/timeline/assignment", reference).with(user(load(psd)))
				.with(csrf())
				.param("investigator", investigator)
				.param("supervisor", investigator))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(same.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#supervisor");
		assertThat(same.select("#supervisor-error").text()).contains("someone other than the investigator");
		mvc.perform(post("/cases/{r}/timeline/assignment", reference).with(user(load(psd)))
			.with(csrf())
			.param("investigator", investigator)
			.param("supervisor", psd)).andExpect(redirectedUrl("/cases/" + reference + "/timeline"));
		Document assigned = page("advocate@support.demo");
		assertThat(assigned.select("#assigned-investigator").text()).isEqualTo(investigator);
		assertThat(assigned.select("#assigned-supervisor").text()).isEqualTo(psd);
		// An investigator records steps but does not assign.
		Document asInvestigator = page(investigator);
		assertThat(asInvestigator.select("form[action$=/timeline/steps]")).hasSize(1);
		assertThat(asInvestigator.select("form[action$=/timeline/assignment]")).isEmpty();
	}

	@Test
	void theCasePageLinksToTheTimeline() throws Exception {
		Document casePage = Html.of(mvc.perform(get("/cases/{r}", reference).with(user(load(psd)))).andReturn());
		assertThat(casePage.select("#timeline-link").attr("href")).isEqualTo("/cases/" + reference + "/timeline");
	}

	private Document page(String username) throws Exception {
		return Html.of(mvc.perform(get("/cases/{r}/timeline", reference).with(user(load(username))))
			.andExpect(status().isOk())
			.andReturn());
	}

	private ResultActions submit(UserDetails user, String form, String step, String day, String month, String year,
			String reason) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/cases/{r}/timeline" + form, reference)
			.with(user(user))
			.with(csrf())
			.param("step", step)
			.param("occurredOnDay", day)
			.param("occurredOnMonth", month)
			.param("occurredOnYear", year);
		if (reason != null) {
			request.param("reason", reason);
		}
		return mvc.perform(request);
	}

	private UserDetails load(String username) {
		return users.loadUserByUsername(username);
	}

}
