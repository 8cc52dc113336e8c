package org.crossforce.foi;

import java.time.LocalDate;

import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.calendar.WorkingDayRule;
import org.crossforce.foi.internal.FoiRecords;
import org.crossforce.notifications.Notifications;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /foi/requests/{id}/follow-up: each follow-up only when the request allows it, drafted with its facts, sent. */
@IntegrationTest
class FoiFollowUpTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FoiRecords records;

	@Autowired
	Notifications notifications;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	UserDetailsService users;

	@Test
	void aChaserIsRefusedUntilTheRequestIsOverdueThenCitesSection10AndGoesByEmail() throws Exception {
		long early = FoiRequestFixtures.sent(records, "support-demo", "essex", FoiRequestFixtures.today());
		mvc.perform(get("/foi/requests/" + early + "/follow-up?kind=CHASER").with(advocate()))
			.andExpect(redirectedUrl("/foi/requests/" + early))
			.andExpect(flash().attribute("refused", "Chaser: not possible for a request that is Awaiting response"));
		mvc.perform(post("/foi/requests/" + early + "/follow-up?kind=CHASER").with(csrf()).with(advocate())
			.param("subject", "Chase").param("body", "Where is it?")).andExpect(redirectedUrl("/foi/requests/" + early));
		assertThat(records.thread(early)).hasSize(1);

		LocalDate received = FoiRequestFixtures.today().minusDays(45);
		long late = FoiRequestFixtures.sent(records, "support-demo", "essex", received);
		LocalDate due = calendar.due(received, 20, WorkingDayRule.FOI).due();
		int overdue = calendar.workingDaysBetween(due, FoiRequestFixtures.today(), WorkingDayRule.FOI);
		Document form = Html.of(mvc.perform(get("/foi/requests/" + late + "/follow-up?kind=CHASER").with(advocate()))
			.andExpect(status().isOk())
			.andReturn());
		String body = form.select("#body").text();
		assertThat(body).contains("Section 10(1)")
			.contains("due by " + FoiRequestPageTest.DATE.format(due))
			.contains("now " + overdue + " working days overdue")
			.contains("FOI-" + records.request(late).orElseThrow().campaignId() + "-" + late);

		mvc.perform(post("/foi/requests/" + late + "/follow-up?kind=CHASER").with(csrf()).with(advocate())
			.param("subject", form.select("#subject").val()).param("body", body))
			.andExpect(redirectedUrl("/foi/requests/" + late));
		var chaser = records.thread(late).get(1);
		assertThat(chaser.kind()).isEqualTo(FoiRecords.MessageKind.CHASER);
		assertThat(chaser.delivery()).isEqualTo(FoiRecords.Delivery.EMAIL);
		assertThat(notifications.delivery(chaser.notificationId())).isPresent();
		assertThat(records.request(late).orElseThrow().state()).isEqualTo(FoiState.AWAITING_RESPONSE);
	}

	@Test
	void anInternalReviewRequestCitesTheDutyToAdviseAndAssistAndRecordsTheStep() throws Exception {
		long id = FoiRequestFixtures.sent(records, "support-demo", "essex", FoiRequestFixtures.today().minusDays(10));
		records.addStep(id, new RequestStep(FoiState.REFUSED, FoiRequestFixtures.today().minusDays(2), null,
				java.util.Set.of(Exemption.S12)), null, null, FoiRequestFixtures.ADVOCATE, java.time.Instant.now());
		Document form = Html.of(mvc.perform(get("/foi/requests/" + id + "/follow-up?kind=INTERNAL_REVIEW_REQUEST")
			.with(advocate())).andExpect(status().isOk()).andReturn());
		String body = form.select("#body").text();
		assertThat(body).contains("section 16 of the Freedom of Information Act 2000")
			.contains("within 20 working days")
			.contains("s.12 cost of compliance");
		mvc.perform(post("/foi/requests/" + id + "/follow-up?kind=INTERNAL_REVIEW_REQUEST").with(csrf())
			.with(advocate())
			.param("subject", form.select("#subject").val())
			.param("body", body)).andExpect(redirectedUrl("/foi/requests/" + id));
		var steps = records.steps(id);
		assertThat(steps.get(steps.size() - 1).step().state()).isEqualTo(FoiState.INTERNAL_REVIEW_REQUESTED);
		assertThat(records.thread(id).get(1).notificationId()).isNotNull();
	}

	@Test
	void aClarificationIsOnlyForARequestAwaitingOneAndRestartsTheClock() throws Exception {
		LocalDate received = FoiRequestFixtures.today().minusDays(20);
		long id = FoiRequestFixtures.sent(records, "support-demo", "essex", received);
		mvc.perform(get("/foi/requests/" + id + "/follow-up?kind=CLARIFICATION").with(advocate()))
			.andExpect(redirectedUrl("/foi/requests/" + id));
		records.addStep(id, RequestStep.of(FoiState.AWAITING_CLARIFICATION, received.plusDays(3)), null, null,
				FoiRequestFixtures.ADVOCATE, java.time.Instant.now());
		LocalDate clarified = FoiRequestFixtures.today().minusDays(1);
		mvc.perform(post("/foi/requests/" + id + "/follow-up?kind=CLARIFICATION").with(csrf()).with(advocate())
			.param("subject", "Clarification")
			.param("body", "I mean reports since 2020.")
			.param("receivedOnDay", String.valueOf(clarified.getDayOfMonth()))
			.param("receivedOnMonth", String.valueOf(clarified.getMonthValue()))
			.param("receivedOnYear", String.valueOf(clarified.getYear())))
			.andExpect(redirectedUrl("/foi/requests/" + id));
		Document page = Html.of(mvc.perform(get("/foi/requests/" + id).with(advocate())).andReturn());
		assertThat(page.select("#state").text()).isEqualTo("Clarification sent");
		assertThat(page.select("#due-date").text())
			.isEqualTo(FoiRequestPageTest.DATE.format(calendar.due(clarified, 20, WorkingDayRule.FOI).due()));
		assertThat(page.select("#explanation").text()).startsWith("Counted again from the clarification");
	}

	@Test
	void anIcoComplaintIsRecordedWithTheHistoryNotSentToTheAuthority() throws Exception {
		LocalDate received = FoiRequestFixtures.today().minusDays(45);
		long id = FoiRequestFixtures.sent(records, "support-demo", "essex", received);
		Document form = Html.of(mvc.perform(get("/foi/requests/" + id + "/follow-up?kind=ICO_COMPLAINT")
			.with(advocate())).andExpect(status().isOk()).andReturn());
		String body = form.select("#body").text();
		assertThat(body).contains("section 50")
			.contains("- " + FoiRequestPageTest.DATE.format(received) + ": Awaiting response")
			.contains("working days overdue");
		mvc.perform(post("/foi/requests/" + id + "/follow-up?kind=ICO_COMPLAINT").with(csrf()).with(advocate())
			.param("subject", form.select("#subject").val()).param("body", body))
			.andExpect(redirectedUrl("/foi/requests/" + id));
		var complaint = records.thread(id).get(1);
		assertThat(complaint.delivery()).isEqualTo(FoiRecords.Delivery.RECORDED);
		assertThat(complaint.direction()).isEqualTo(FoiRecords.Direction.OUT);
		assertThat(complaint.notificationId()).isNull();
		assertThat(records.request(id).orElseThrow().state()).isEqualTo(FoiState.ICO_COMPLAINT_MADE);
	}

	@Test
	void withdrawingAsksFirstThenRecordsTheStep() throws Exception {
		long id = FoiRequestFixtures.sent(records, "support-demo", "essex", FoiRequestFixtures.today());
		Document confirm = Html.of(mvc.perform(get("/foi/requests/" + id + "/withdraw").with(advocate()))
			.andExpect(status().isOk()).andReturn());
		assertThat(confirm.select("form[action$=/withdraw] button").text()).isEqualTo("Withdraw the request");
		mvc.perform(post("/foi/requests/" + id + "/withdraw").with(csrf()).with(advocate()))
			.andExpect(redirectedUrl("/foi/requests/" + id));
		assertThat(records.request(id).orElseThrow().state()).isEqualTo(FoiState.WITHDRAWN);
	}

	private RequestPostProcessor advocate() {
		return user(users.loadUserByUsername(FoiRequestFixtures.ADVOCATE));
	}

}
