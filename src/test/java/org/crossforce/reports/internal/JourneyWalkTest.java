package org.crossforce.reports.internal;

import java.util.List;
import java.util.Map;

import org.crossforce.reports.ReportReceipt;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The victim's journey from the start page to the confirmation, named and anonymous, through MockMvc. */
@IntegrationTest
class JourneyWalkTest {

	/** Everything the reporter typed that could identify anyone. */
	static final List<String> IDENTIFYING = List.of("Quentin", "Marchbanks", "Ottoline", "Fairweather", "ottoline",
			"example.org", "lantern", "4321");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theStartPageSaysWhatHappensWhoSeesWhatAndWhatToDoInDanger() throws Exception {
		Document start = JourneySteps.victim(mvc).page("/report");
		assertThat(start.title()).isEqualTo("Report domestic abuse by someone who works for the police – Crossforce");
		assertThat(start.select("main").text()).contains("What happens after you report", "Who will see what",
				"call 999", "press 55", "You can report anonymously");
		assertThat(start.select("a.govuk-button--start").attr("href")).isEqualTo("/report/accused/name");
		assertExitThisPage(start);
	}

	@Test
	void aNamedReportIsStoredAndAcknowledgedWithAReceiptShownOnce() throws Exception {
		JourneySteps steps = JourneySteps.victim(mvc);
		steps.page("/report");
		steps.page("accused/name");
		steps.answerAllNamed();

		Document check = steps.page("check");
		assertThat(check.select("h1").text()).isEqualTo("Check your answers before sending your report");
		assertThat(check.select(".govuk-summary-list").text()).contains("Quentin Marchbanks",
				"Greater Manchester Police", "Police officer, Sergeant", "GM 4321", "Cheshire Constabulary",
				"Merseyside Police", "We are or were in a relationship", "Controlling or coercive behaviour",
				"Economic abuse", "From 10 January 2025 to 30 June 2025", "Lancashire Constabulary", "lantern",
				"None added", "They said no one would believe you", "Yes, for Cumbria Constabulary",
				"Ottoline Fairweather", "By email", "ottoline.f@example.org", "Weekdays between 10 and 2");
		assertThat(check.select(".govuk-summary-list__actions a").eachAttr("href")).contains("/report/accused/name",
				"/report/where", "/report/contact", "/report/contact/safe-times", "/report/consent/statistics");
		assertThat(check.select(".govuk-warning-text")).as("not a police address").isEmpty();
		assertThat(check.select("form[action=/report/check] button").text()).isEqualTo("Send report");
		assertExitThisPage(check);

		MvcResult sent = steps.perform(post("/report/check").with(csrf()));
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/report/confirmation");
		ReportReceipt receipt = (ReportReceipt) sent.getFlashMap().get("receipt");

		Document confirmation = steps.page("confirmation");
		assertThat(confirmation.select(".govuk-panel__title").text()).isEqualTo("Report sent");
		assertThat(confirmation.select("#reference").text()).isEqualTo(receipt.reference())
			.matches("CF-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(confirmation.select("#passphrase").text()).isEqualTo(receipt.passphrase())
			.matches("([0-9A-Z]{4}-){3}[0-9A-Z]{4}");
		assertExitThisPage(confirmation);

		MvcResult reload = steps.perform(get("/report/confirmation"));
		assertThat(reload.getResponse().getRedirectedUrl()).as("the passphrase is shown once only").isEqualTo("/report");
		assertThat(reload.getResponse().getContentAsString()).doesNotContain(receipt.passphrase());
		assertThat(steps.session.getAttribute(JourneyMode.VICTIM.sessionAttribute()))
			.as("the answers leave the session once the report is stored")
			.isNull();

		Map<String, Object> row = report(receipt.reference());
		assertThat(row).containsEntry("channel", "VICTIM_WEB")
			.containsEntry("victim_anonymous", false)
			.containsEntry("accused_force", "greater-manchester")
			.containsEntry("accused_role", "OFFICER")
			.containsEntry("accused_rank", "Sergeant")
			.containsEntry("incident_force", "lancashire")
			.containsEntry("victim_force", "cumbria")
			.containsEntry("relationship", "INTIMATE_PARTNERS")
			.containsEntry("consent_share", true)
			.containsEntry("consent_anonymised_use", true)
			.containsEntry("indicators", "policeSystemsAccess,toldWillNotBeBelieved");
		assertThat(row.get("submitted_by")).isNull();
		assertThat(row.get("consent_given_how")).isNull();
		assertThat(row.get("victim_identity_enc")).isNotNull();
		assertThat(previousForces(receipt.reference())).containsExactly("cheshire", "merseyside");

		assertNothingIdentifyingIn(steps);
	}

	@Test
	void anAnonymousReportAsksNothingThatIdentifiesTheReporter() throws Exception {
		JourneySteps steps = JourneySteps.victim(mvc);
		steps.answerAllAnonymous();
		Document check = steps.page("check");
		assertThat(check.select(".govuk-summary-list").text()).contains("You are staying anonymous", "None of these")
			.doesNotContain("How to contact you");
		MvcResult sent = steps.perform(post("/report/check").with(csrf()));
		ReportReceipt receipt = (ReportReceipt) sent.getFlashMap().get("receipt");
		Document confirmation = steps.page("confirmation");
		assertThat(confirmation.select("#passphrase").text()).isEqualTo(receipt.passphrase());

		Map<String, Object> row = report(receipt.reference());
		assertThat(row).containsEntry("channel", "VICTIM_WEB")
			.containsEntry("victim_anonymous", true)
			.containsEntry("accused_force", "greater-manchester")
			.containsEntry("incident_force", "lancashire")
			.containsEntry("indicators", "");
		assertThat(row.get("victim_identity_enc")).isNull();
		assertThat(row.get("victim_contact_enc")).isNull();
		assertThat(row.get("victim_force")).isNull();
		assertNothingIdentifyingIn(steps);
	}

	@Test
	void anAnonymousReporterWhoServesHasTheirForceRecordedButNotTheirName() throws Exception {
		JourneySteps steps = JourneySteps.victim(mvc);
		steps.answerAllAnonymous();
		steps.answer("serving", "serves", "true", "force", "cumbria");
		Document check = steps.page("check");
		assertThat(check.select(".govuk-summary-list").text()).contains("Yes, for Cumbria Constabulary");
		steps.perform(post("/report/check").with(csrf()));
		var row = jdbc.sql("select victim_anonymous, victim_force, victim_identity_enc from report "
				+ "order by id desc limit 1").query().singleRow();
		assertThat(row.get("victim_anonymous")).isEqualTo(true);
		assertThat(row.get("victim_force")).isEqualTo("cumbria");
		assertThat(row.get("victim_identity_enc")).isNull();
	}

	@Test
	void changeLinksLeadBackToCheckYourAnswersAndAskWhatANewAnswerNeeds() throws Exception {
		JourneySteps steps = JourneySteps.victim(mvc);
		steps.answerAllAnonymous();
		steps.page("check");

		Document where = steps.page("where");
		assertThat(where.select(".govuk-back-link").attr("href")).isEqualTo("/report/check");
		assertThat(where.select("#force option[selected]").attr("value")).isEqualTo("lancashire");
		assertThat(steps.answer("where", "force", "cumbria")).isEqualTo("/report/check");
		assertThat(steps.page("check").select(".govuk-summary-list").text()).contains("Cumbria Constabulary");

		assertThat(steps.answer("about-you", "giveName", "true", "givenNames", "Ottoline", "familyName", "Fairweather"))
			.as("giving a name makes the contact question apply")
			.isEqualTo("/report/contact");
		assertThat(steps.answer("contact", "channel", "NONE")).isEqualTo("/report/check");
		assertThat(steps.page("check").select(".govuk-summary-list").text()).contains("Ottoline Fairweather",
				"Only inside this service");
	}

	@Test
	void backLinksFollowTheQuestionsThatApply() throws Exception {
		JourneySteps steps = JourneySteps.victim(mvc);
		assertThat(steps.page("accused/name").select(".govuk-back-link").attr("href")).isEqualTo("/report");
		assertThat(steps.page("when").select(".govuk-back-link").attr("href")).isEqualTo("/report/what-happened");
		steps.answer("about-you", "giveName", "false");
		assertThat(steps.page("consent/sharing").select(".govuk-back-link").attr("href"))
			.as("an anonymous report skips the contact questions going back too")
			.isEqualTo("/report/about-you");
	}

	@Test
	void checkYourAnswersSendsAnIncompleteReportToItsFirstUnansweredQuestion() throws Exception {
		JourneySteps steps = JourneySteps.victim(mvc);
		steps.answerAboutTheAccused();
		assertThat(steps.perform(get("/report/check")).getResponse().getRedirectedUrl()).isEqualTo("/report/relationship");
		assertThat(steps.perform(post("/report/check").with(csrf())).getResponse().getRedirectedUrl())
			.isEqualTo("/report/relationship");
		assertThat(jdbc.sql("select count(*) from report where accused_rank = 'never'").query(Long.class).single())
			.isZero();
	}

	@Test
	void exitThisPageEndsTheSessionAndLeavesForANeutralSite() throws Exception {
		JourneySteps steps = JourneySteps.victim(mvc);
		steps.answerAboutTheAccused();
		MvcResult exit = steps.perform(get("/report/exit"));
		assertThat(exit.getResponse().getRedirectedUrl()).isEqualTo("https://www.bbc.co.uk/weather");
		assertThat(steps.session.isInvalid()).as("the session, and every answer in it, is gone").isTrue();
	}

	@Test
	void theMapChoosesTheAreaThroughATokenThatStandsForItInThisSessionOnly() throws Exception {
		JourneySteps steps = JourneySteps.victim(mvc);
		Document where = steps.page("where");
		assertThat(where.select("a[href=/report/where/map]").text()).isEqualTo("Choose the area on a map instead");
		Document map = steps.page("where/map");
		assertThat(map.select("svg.crossforce-map a")).hasSize(43);
		assertThat(map.select("ul.crossforce-map-list a")).hasSize(43);
		String lancashire = map.select("svg.crossforce-map a[aria-label=Lancashire Constabulary]").attr("href");
		assertThat(lancashire).matches("/report/where/map/[a-z0-9]{6}");
		assertThat(map.select("ul.crossforce-map-list a:contains(Lancashire Constabulary)").attr("href"))
			.isEqualTo(lancashire);
		assertThat(map.select("a").eachAttr("href")).noneMatch(href -> href.contains("lancashire"));

		assertThat(JourneySteps.victim(mvc).perform(get(lancashire)).getResponse().getRedirectedUrl())
			.as("another session's token means nothing")
			.isEqualTo("/report/where/map");
		assertThat(steps.perform(get(lancashire)).getResponse().getRedirectedUrl()).isEqualTo("/report/account");
		assertThat(steps.page("where").select("#force option[selected]").attr("value")).isEqualTo("lancashire");
		assertExitThisPage(map);
	}

	static void assertExitThisPage(Document page) {
		assertThat(page.select(".govuk-exit-this-page[data-module=govuk-exit-this-page] a.govuk-exit-this-page__button")
			.attr("href")).isEqualTo("/report/exit");
		assertThat(page.select("a.govuk-js-exit-this-page-skiplink").attr("href")).isEqualTo("/report/exit");
	}

	/** No page title or address of the journey holds anything the reporter typed, and nothing rides in a query. */
	static void assertNothingIdentifyingIn(JourneySteps steps) {
		assertThat(steps.titles).hasSizeGreaterThan(2);
		assertThat(steps.addresses).hasSizeGreaterThan(20);
		for (String typed : IDENTIFYING) {
			assertThat(steps.titles).as("page titles").noneMatch(title -> title.toLowerCase().contains(typed.toLowerCase()));
			assertThat(steps.addresses).as("addresses").noneMatch(url -> url.toLowerCase().contains(typed.toLowerCase()));
		}
		assertThat(steps.addresses).as("addresses with a query").noneMatch(url -> url.contains("?"));
	}

	private Map<String, Object> report(String reference) {
		return jdbc.sql("select * from report where reference = :r").param("r", reference).query().singleRow();
	}

	private List<String> previousForces(String reference) {
		return jdbc.sql("""
				select force_code from report_previous_force
				where report_id = (select id from report where reference = :r) order by force_code""")
			.param("r", reference)
			.query(String.class)
			.list();
	}

}
