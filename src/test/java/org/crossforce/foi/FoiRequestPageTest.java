package org.crossforce.foi;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.crossforce.calendar.Deadline;
import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.calendar.WorkingDayRule;
import org.crossforce.foi.internal.FoiRecords;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /foi/requests/{id} and GET /api/foi/requests/{id}: who may see a request, and its clock explained. */
@IntegrationTest
class FoiRequestPageTest {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	@Autowired
	MockMvc mvc;

	@Autowired
	FoiRecords records;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	UserDetailsService users;

	@Test
	void onlyAdvocatesAndAnalystsOfTheCampaignsOrganisationSeeTheRequest() throws Exception {
		long ours = FoiRequestFixtures.sent(records, "support-demo", "essex", FoiRequestFixtures.today());
		long theirs = FoiRequestFixtures.sent(records, "other-org", "essex", FoiRequestFixtures.today());
		mvc.perform(get("/foi/requests/" + ours)).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/api/foi/requests/" + ours)).andExpect(status().isUnauthorized());
		mvc.perform(get("/foi/requests/" + ours).with(user(users.loadUserByUsername("psd@essex.demo"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/foi/requests/" + ours).header("Authorization", DemoTokens.bearer(mvc, "psd@essex.demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/foi/requests/" + theirs).with(advocate())).andExpect(status().isNotFound());
		mvc.perform(get("/api/foi/requests/" + theirs).header("Authorization", bearer()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/foi/requests/999999999").with(advocate())).andExpect(status().isNotFound());
		mvc.perform(get("/foi/requests/" + ours).with(advocate())).andExpect(status().isOk());
	}

	@Test
	void anOverdueRequestSaysHowItsDueDateWasWorkedOutAndHowLateItIs() throws Exception {
		LocalDate received = FoiRequestFixtures.today().minusDays(45);
		Deadline due = calendar.due(received, 20, WorkingDayRule.FOI);
		int late = calendar.workingDaysBetween(due.due(), FoiRequestFixtures.today(), WorkingDayRule.FOI);
		long id = FoiRequestFixtures.sent(records, "support-demo", "essex", received);

		Document page = Html.of(mvc.perform(get("/foi/requests/" + id).with(advocate()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select("h1").text()).isEqualTo("Essex Police");
		assertThat(page.select("#campaign-link").attr("href")).isEqualTo("/foi/campaigns/"
				+ records.request(id).orElseThrow().campaignId());
		assertThat(page.select("#state").text()).isEqualTo("Awaiting response");
		assertThat(page.select("#received-on").text()).isEqualTo(DATE.format(received));
		assertThat(page.select("#due-date").text()).isEqualTo(DATE.format(due.due()));
		assertThat(page.select("#explanation").text()).isEqualTo(due.explanation());
		assertThat(page.select("#overdue").text()).isEqualTo("Overdue");
		assertThat(page.select("#working-days-overdue").text())
			.isEqualTo(late + " working days after the due date of " + DATE.format(due.due()));
		assertThat(page.select("#very-overdue-after").text())
			.isEqualTo(DATE.format(calendar.due(due.due(), 20, WorkingDayRule.FOI).due()));
		assertThat(page.select("#follow-up-CHASER").attr("href"))
			.isEqualTo("/foi/requests/" + id + "/follow-up?kind=CHASER");
		assertThat(page.select("[id^=message-] .crossforce-correspondence").text())
			.contains("Please tell me how many reports");
		assertThat(page.select("#steps tbody tr")).hasSize(1);

		mvc.perform(get("/api/foi/requests/" + id).header("Authorization", bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id", is((int) id)))
			.andExpect(jsonPath("$.authority.code", is("essex")))
			.andExpect(jsonPath("$.authority.name", is("Essex Police")))
			.andExpect(jsonPath("$.state", is("AWAITING_RESPONSE")))
			.andExpect(jsonPath("$.receivedOn", is(received.toString())))
			.andExpect(jsonPath("$.dueDate", is(due.due().toString())))
			.andExpect(jsonPath("$.overdue", is(true)))
			.andExpect(jsonPath("$.veryOverdue", is(false)))
			.andExpect(jsonPath("$.workingDaysOverdue", is(late)))
			.andExpect(jsonPath("$.explanation", is(due.explanation())))
			.andExpect(jsonPath("$.steps[0].state", is("AWAITING_RESPONSE")))
			.andExpect(jsonPath("$.messages[0].kind", is("REQUEST")))
			.andExpect(jsonPath("$.messages[0].direction", is("OUT")))
			.andExpect(jsonPath("$.campaignTitle", containsString("Abuse by officers")));
	}

	@Test
	void aVeryOverdueRequestIsTaggedSo() throws Exception {
		long id = FoiRequestFixtures.sent(records, "support-demo", "kent", FoiRequestFixtures.today().minusDays(100));
		Document page = Html.of(mvc.perform(get("/foi/requests/" + id).with(advocate())).andReturn());
		assertThat(page.select("#very-overdue").text()).isEqualTo("Very overdue");
		assertThat(page.select("#overdue")).isEmpty();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor advocate() {
		return user(users.loadUserByUsername(FoiRequestFixtures.ADVOCATE));
	}

	private String bearer() throws Exception {
		return DemoTokens.bearer(mvc, FoiRequestFixtures.ADVOCATE);
	}

}
