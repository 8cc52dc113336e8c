package org.crossforce.foi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.calendar.WorkingDayRule;
import org.crossforce.foi.internal.FoiRecords;
import org.crossforce.foi.internal.FoiRecords.Delivery;
import org.crossforce.foi.internal.FoiRecords.Direction;
import org.crossforce.foi.internal.FoiRecords.FoiRequest;
import org.crossforce.foi.internal.FoiRecords.Message;
import org.crossforce.foi.internal.FoiRecords.MessageKind;
import org.crossforce.foi.internal.FoiRecords.RecordedStep;
import org.crossforce.notifications.Notifications;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.foi.FoiCampaigns.ADVOCATE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The campaign pages: who reaches them, the new campaign form's checks, and a campaign to all 46 forces written,
 * sent and listed, each request filled in for its force, recorded and started on the FOI clock.
 */
@IntegrationTest
class FoiCampaignPagesTest {

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	FoiRecords records;

	@Autowired
	Notifications notifications;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyAdvocatesAndAnalystsReachTheCampaigns() throws Exception {
		mvc.perform(get("/foi")).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/foi").with(user(users.loadUserByUsername("psd@essex.demo")))).andExpect(status().isForbidden());
		mvc.perform(get("/foi/campaigns/new").with(user(users.loadUserByUsername("iopc@iopc.demo"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/foi").with(user(users.loadUserByUsername("admin@crossforce.demo"))))
			.andExpect(status().isForbidden());
		Document page = page("/foi");
		assertThat(page.select("a#new-campaign").attr("href")).isEqualTo("/foi/campaigns/new");
	}

	@Test
	void anotherOrganisationsCampaignIsNotFound() throws Exception {
		long other = records.insertCampaign("Another service's campaign", "Subject", "Text", "another-service",
				"someone@another.example.org", Instant.now(), false, null, null);
		var advocate = user(users.loadUserByUsername(ADVOCATE));
		mvc.perform(get("/foi/campaigns/" + other).with(advocate)).andExpect(status().isNotFound());
		mvc.perform(get("/foi/campaigns/" + other + "/send").with(advocate)).andExpect(status().isNotFound());
		mvc.perform(get("/foi/campaigns/" + other + "/letters.pdf").with(advocate)).andExpect(status().isNotFound());
		mvc.perform(post("/foi/campaigns/" + other + "/send").with(advocate).with(csrf())
			.param("receivedOnDay", "1").param("receivedOnMonth", "6").param("receivedOnYear", "2026"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/foi/campaigns/" + other).header("Authorization", DemoTokens.bearer(mvc, ADVOCATE)))
			.andExpect(status().isNotFound());
		assertThat(page("/foi").select("tr[data-campaign=" + other + "]")).isEmpty();
		assertThat(records.campaign(other).orElseThrow().sentAt()).isNull();
		mvc.perform(get("/foi/campaigns/999999999").with(advocate)).andExpect(status().isNotFound());
	}

	@Test
	void badInputIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
		String title = "Refused " + System.nanoTime();
		Document page = Html.of(postNew(title, "Request to {authority}", "Dear {forse},", "ALL").andExpect(status().isOk())
			.andReturn());
		assertThat(page.select(".govuk-error-summary a[href=#body]").text())
			.isEqualTo("{forse} is not a placeholder: use only {authority}, {region}, {date}, {organisation}, {reference}");
		assertThat(page.select("#body-error").text()).contains("{forse} is not a placeholder");
		assertThat(page.select("#body").text()).isEqualTo("Dear {forse},");
		assertThat(page.title()).startsWith("Error:");

		Document noForces = Html.of(postNew(title, "Subject", "Text", "CHOSEN").andExpect(status().isOk()).andReturn());
		assertThat(noForces.select("#codes-error").text()).contains("Select at least one force");

		Document noTitle = Html.of(postNew("  ", "Subject", "Text", "ALL").andExpect(status().isOk()).andReturn());
		assertThat(noTitle.select("#title-error").text()).contains("Enter a campaign title");

		assertThat(records.campaigns()).noneMatch(campaign -> campaign.title().equals(title));
	}

	@Test
	void theNewCampaignFormOffersAPoliteRequestAndEveryWayToChooseForces() throws Exception {
		Document page = page("/foi/campaigns/new");
		assertThat(page.select("#subject").val()).startsWith("Freedom of Information request");
		assertThat(page.select("#body").text()).contains("Freedom of Information Act 2000").contains("{reference}");
		assertThat(page.select("label[for=scope]").text()).isEqualTo("All forces (46)");
		assertThat(page.select("#scope").hasAttr("checked")).isTrue();
		assertThat(page.select("#region option")).extracting(Element::text).contains("South East", "East of England");
		assertThat(page.select("input[name=codes]")).hasSize(46);
	}

	@Test
	void aCampaignToAllFortySixForcesIsSentByEmailAndStartsEveryClock() throws Exception {
		String marker = "all-forces-" + System.nanoTime();
		long id = FoiCampaigns.create(mvc, users, "All forces " + marker, "FOI request {reference} to {authority}",
				"Dear {authority} of {region},\n\nOn {date}, {organisation} asks " + marker + ".", "ALL");
		List<FoiRequest> requests = records.requestsOf(id);
		assertThat(requests).hasSize(46).allMatch(r -> r.state() == FoiState.NOT_SENT && r.delivery() == Delivery.EMAIL);

		Document send = page("/foi/campaigns/" + id + "/send");
		assertThat(send.select("#by-email").text()).isEqualTo("46");
		assertThat(send.select("#by-letter").text()).isEqualTo("0");
		LocalDate today = FoiCampaigns.today();
		assertThat(send.select("#receivedOnDay").val()).isEqualTo(String.valueOf(today.getDayOfMonth()));
		assertThat(send.select("#receivedOnYear").val()).isEqualTo(String.valueOf(today.getYear()));

		MvcResult sent = FoiCampaigns.send(mvc, users, id, today);
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/foi/campaigns/" + id);
		Document banner = Html.of(mvc.perform(get("/foi/campaigns/" + id).with(user(users.loadUserByUsername(ADVOCATE)))
			.flashAttrs(sent.getFlashMap())).andReturn());
		assertThat(banner.select(".govuk-notification-banner__heading").text())
			.isEqualTo("Requests sent: 46 by email and 0 as letters to print");

		for (FoiRequest request : records.requestsOf(id)) {
			FoiRecords.Authority authority = records.authority(request.authorityCode()).orElseThrow();
			List<Message> thread = records.thread(request.id());
			assertThat(thread).hasSize(1);
			Message message = thread.get(0);
			assertThat(message.direction()).isEqualTo(Direction.OUT);
			assertThat(message.kind()).isEqualTo(MessageKind.REQUEST);
			assertThat(message.delivery()).isEqualTo(Delivery.EMAIL);
			assertThat(message.datedOn()).isEqualTo(today);
			assertThat(message.subject()).isEqualTo("FOI request FOI-" + id + "-" + request.id() + " to " + authority.name());
			assertThat(message.body()).isEqualTo("Dear " + authority.name() + " of " + authority.region() + ",\n\nOn "
					+ LONG_DATE.format(today) + ", Example domestic abuse support service (demo) asks " + marker + ".");
			assertThat(notifications.delivery(message.notificationId())).hasValueSatisfying(
					delivery -> assertThat(delivery.state()).isIn("PENDING", "SENT"));
			List<RecordedStep> steps = records.steps(request.id());
			assertThat(steps).hasSize(1);
			assertThat(steps.get(0).step()).isEqualTo(RequestStep.of(FoiState.AWAITING_RESPONSE, today));
			assertThat(steps.get(0).note()).isEqualTo("Sent by email");
			assertThat(steps.get(0).messageId()).isEqualTo(message.id());
			assertThat(records.request(request.id()).orElseThrow().state()).isEqualTo(FoiState.AWAITING_RESPONSE);
		}

		Document page = page("/foi/campaigns/" + id);
		String due = LONG_DATE.format(calendar.due(today, 20, WorkingDayRule.FOI).due());
		assertThat(page.select("#requests tbody tr")).hasSize(46).allSatisfy(row -> {
			assertThat(row.select(".request-due").text()).isEqualTo(due);
			assertThat(row.select(".request-state").text()).isEqualTo("Awaiting response");
			assertThat(row.select(".request-delivery").text()).isEqualTo("Email");
			assertThat(row.select("th a").attr("href")).isEqualTo("/foi/requests/" + row.attr("data-request"));
		});
		assertThat(page.select("#counts [data-state=AWAITING_RESPONSE] dd").text()).isEqualTo("46");
		assertThat(page.select("a#send")).isEmpty();
		assertThat(page.select("a#letters")).isEmpty();
		Element listed = page("/foi").selectFirst("tr[data-campaign=" + id + "]");
		assertThat(listed.select(".campaign-requests").text()).isEqualTo("46");
		assertThat(listed.select(".campaign-awaiting").text()).isEqualTo("46");
		assertThat(listed.select(".campaign-overdue").text()).isEqualTo("0");
		assertThat(listed.select(".campaign-sent").text()).isEqualTo(LONG_DATE.format(today));

		assertThat(jdbc.sql("select action || ' ' || coalesce(detail, '') from audit_entry where subject = :s order by sequence")
			.param("s", "foi-campaign " + id)
			.query(String.class)
			.list()).containsExactly("foi.campaign.created requests=46 scope=ALL",
					"foi.campaign.sent email=46 letter=0 receivedOn=" + today);

		// Sending again is refused and sends nothing twice.
		Document again = Html.of(FoiCampaigns.send(mvc, users, id, today));
		assertThat(again.select("#refusal").text()).contains("These requests have already been sent");
		assertThat(records.requestsOf(id)).allSatisfy(request -> assertThat(records.thread(request.id())).hasSize(1));
		mvc.perform(get("/foi/campaigns/" + id + "/edit").with(user(users.loadUserByUsername(ADVOCATE))))
			.andExpect(status().isOk());
		mvc.perform(post("/foi/campaigns/" + id + "/edit").with(user(users.loadUserByUsername(ADVOCATE))).with(csrf())
			.param("title", "Changed").param("subject", "Changed").param("body", "Changed"))
			.andExpect(status().isOk());
		assertThat(records.campaign(id).orElseThrow().title()).isEqualTo("All forces " + marker);
	}

	@Test
	void theRequestTextCanBeEditedUntilSentAndTheReceiptDateMustBeARealDayNotInTheFuture() throws Exception {
		long id = createInRegion("South East");
		assertThat(records.requestsOf(id)).isNotEmpty()
			.allSatisfy(request -> assertThat(records.authority(request.authorityCode()).orElseThrow().region())
				.isEqualTo("South East"));
		var advocate = user(users.loadUserByUsername(ADVOCATE));

		Document refused = Html.of(mvc.perform(post("/foi/campaigns/" + id + "/edit").with(advocate).with(csrf())
			.param("title", "Edited").param("subject", "To {authoritee}").param("body", "Text"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(refused.select("#subject-error").text()).contains("{authoritee} is not a placeholder");
		mvc.perform(post("/foi/campaigns/" + id + "/edit").with(advocate).with(csrf())
			.param("title", "Edited").param("subject", "To {authority}").param("body", "Dear {authority}"))
			.andExpect(redirectedUrl("/foi/campaigns/" + id));
		assertThat(records.campaign(id).orElseThrow().subjectTemplate()).isEqualTo("To {authority}");
		Document page = page("/foi/campaigns/" + id);
		assertThat(page.select("#subject").text()).isEqualTo("To {authority}");
		assertThat(page.select("#body").text()).isEqualTo("Dear {authority}");
		assertThat(page.select("a#edit").attr("href")).isEqualTo("/foi/campaigns/" + id + "/edit");

		Document notReal = Html.of(mvc.perform(post("/foi/campaigns/" + id + "/send").with(advocate).with(csrf())
			.param("receivedOnDay", "31").param("receivedOnMonth", "2").param("receivedOnYear", "2026"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(notReal.select("#receivedOnDay-error").text()).contains("must be a real date");
		Document future = Html.of(FoiCampaigns.send(mvc, users, id, FoiCampaigns.today().plusDays(1)));
		assertThat(future.select("#receivedOnDay-error").text()).contains("must be today or in the past");
		Document early = Html.of(FoiCampaigns.send(mvc, users, id, LocalDate.of(1989, 12, 29)));
		assertThat(early.select("#receivedOnDay-error").text()).contains("must be between");
		assertThat(records.campaign(id).orElseThrow().sentAt()).isNull();
		assertThat(records.requestsOf(id)).allMatch(request -> request.state() == FoiState.NOT_SENT);
		assertThat(jdbc.sql("select action from audit_entry where subject = :s order by sequence")
			.param("s", "foi-campaign " + id)
			.query(String.class)
			.list()).containsExactly("foi.campaign.created", "foi.campaign.edited");
	}

	private long createInRegion(String region) throws Exception {
		MvcResult result = mvc.perform(post("/foi/campaigns").with(user(users.loadUserByUsername(ADVOCATE)))
			.with(csrf())
			.param("title", "Regional")
			.param("subject", "Subject")
			.param("body", "Text")
			.param("scope", "REGION")
			.param("region", region))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/foi/campaigns/".length()));
	}

	private org.springframework.test.web.servlet.ResultActions postNew(String title, String subject, String body,
			String scope) throws Exception {
		return mvc.perform(post("/foi/campaigns").with(user(users.loadUserByUsername(ADVOCATE)))
			.with(csrf())
			.param("title", title)
			.param("subject", subject)
			.param("body", body)
			.param("scope", scope));
	}

	private Document page(String path) throws Exception {
		return Html.of(mvc.perform(get(path).with(user(users.loadUserByUsername(ADVOCATE))))
			.andExpect(status().isOk())
			.andReturn());
	}

}
