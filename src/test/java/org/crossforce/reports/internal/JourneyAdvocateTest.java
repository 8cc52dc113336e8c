package org.crossforce.reports.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

import org.crossforce.reports.ReportReceipt;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The advocate's journey: the same questions under /advocate/report, for the advocate role only, plus consent. */
@IntegrationTest
class JourneyAdvocateTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	static JourneySteps advocate(MockMvc mvc, UserDetailsService users) {
		return new JourneySteps(mvc, "/advocate/report", user(users.loadUserByUsername("advocate@support.demo")));
	}

	@Test
	void notSignedInGoesToSignIn() throws Exception {
		mvc.perform(get("/advocate/report")).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/advocate/report/accused/name")).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(post("/advocate/report/check").with(csrf())).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void otherRolesAreRefused() throws Exception {
		for (String username : new String[] { "psd@greater-manchester.demo", "iopc@iopc.demo", "admin@crossforce.demo" }) {
			var someone = user(users.loadUserByUsername(username));
			mvc.perform(get("/advocate/report/accused/name").with(someone)).andExpect(status().isForbidden());
			mvc.perform(post("/advocate/report/check").with(someone).with(csrf())).andExpect(status().isForbidden());
		}
	}

	@Test
	void anAdvocateRecordsAReportWithHowAndWhenTheVictimConsented() throws Exception {
		JourneySteps steps = advocate(mvc, users);
		Document start = steps.page("/advocate/report");
		assertThat(start.select("h1").text()).isEqualTo("Report domestic abuse on behalf of a victim");
		assertThat(start.select("a.govuk-button--start").attr("href")).isEqualTo("/advocate/report/accused/name");
		assertThat(steps.page("accused/name").select("legend .govuk-caption-l").text())
			.isEqualTo("Reporting for someone else");

		steps.answerAllNamed();
		Document consent = steps.page("consent/given");
		assertThat(consent.select("h1").text()).isEqualTo("How and when did the victim give their consent?");
		assertThat(consent.select(".govuk-back-link").attr("href")).isEqualTo("/advocate/report/consent/statistics");
		assertThat(steps.answer("consent/given", "how", "IN_PERSON", "day", "3", "month", "7", "year", "2025"))
			.isEqualTo("/advocate/report/check");

		Document check = steps.page("check");
		assertThat(check.select(".govuk-summary-list").text()).contains("In person, 3 July 2025");
		assertThat(check.select(".govuk-summary-list__actions a").eachAttr("href"))
			.allMatch(href -> href.startsWith("/advocate/report/"));
		assertThat(check.select("main").text()).contains("the victim has agreed to it being made");

		MvcResult sent = steps.perform(post("/advocate/report/check").with(csrf()));
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/advocate/report/confirmation");
		ReportReceipt receipt = (ReportReceipt) sent.getFlashMap().get("receipt");
		Document confirmation = steps.page("confirmation");
		assertThat(confirmation.select("#reference").text()).isEqualTo(receipt.reference());
		assertThat(confirmation.select("#passphrase").text()).isEqualTo(receipt.passphrase());
		assertThat(confirmation.select("main").text()).contains("The victim needs the case reference and this passphrase");
		JourneyWalkTest.assertExitThisPage(confirmation);

		Map<String, Object> row = jdbc.sql("select * from report where reference = :r")
			.param("r", receipt.reference())
			.query()
			.singleRow();
		assertThat(row).containsEntry("channel", "ADVOCATE_WEB")
			.containsEntry("submitted_by", "advocate@support.demo")
			.containsEntry("submitted_by_org", "support-demo")
			.containsEntry("consent_given_how", "IN_PERSON")
			.containsEntry("consent_given_on", Date.valueOf(LocalDate.of(2025, 7, 3)))
			.containsEntry("victim_anonymous", false);
		JourneyWalkTest.assertNothingIdentifyingIn(steps);
	}

	@Test
	void theVictimsAndTheAdvocatesAnswersAreKeptApart() throws Exception {
		JourneySteps steps = advocate(mvc, users);
		steps.answer("accused/name", "givenNames", "Quentin", "familyName", "Marchbanks");
		var victimPage = new JourneySteps(mvc, "/report", null);
		assertThat(steps.page("/report/accused/name").select("#givenNames").attr("value")).isEmpty();
		assertThat(steps.page("/advocate/report/accused/name").select("#givenNames").attr("value")).isEqualTo("Quentin");
		assertThat(victimPage.page("consent/sharing").select("a[href=/report/consent/given]")).isEmpty();
		assertThat(steps.perform(get("/report/consent/given")).getResponse().getStatus())
			.as("only the advocate's journey asks about consent given to someone else")
			.isEqualTo(404);
	}

}
