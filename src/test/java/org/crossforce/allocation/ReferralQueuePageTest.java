package org.crossforce.allocation;

import java.time.Duration;
import java.util.Optional;

import org.crossforce.reports.ReportApiTestData;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /iopc/referrals: cases meeting a mandatory criterion, those awaiting the IOPC's decision first. */
@IntegrationTest
class ReferralQueuePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	UserDetailsService users;

	@Test
	void notSignedInGoesToSignIn() throws Exception {
		mvc.perform(get("/iopc/referrals")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void onlyTheIopcSeesTheQueue() throws Exception {
		for (String other : new String[] { "psd@kent.demo", "admin@crossforce.demo", "advocate@support.demo" }) {
			mvc.perform(get("/iopc/referrals").with(user(users.loadUserByUsername(other))))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void aReferredCaseAwaitsTheIopcsDecisionWithTheCriteriaMetAndOneNotReferredIsAbsent() throws Exception {
		String referred = submit(ReportApiTestData.VALID.replace("\"policeSystemsAccess\": true",
				"\"policeSystemsAccess\": true, \"threatsToKill\": true"));
		String notReferred = submit(ReportApiTestData.VALID);
		Document page = Html.of(mvc.perform(get("/iopc/referrals").with(user(users.loadUserByUsername("iopc@iopc.demo"))))
			.andExpect(status().isOk())
			.andReturn());
		var row = page.select("#referrals tr[data-reference=" + referred + "]");
		assertThat(row.select("a").attr("href")).isEqualTo("/cases/" + referred);
		assertThat(row.select("td").get(1).text()).contains("A relevant offence");
		assertThat(row.select(".govuk-tag").text()).isEqualTo("Awaiting decision");
		assertThat(page.select("#referrals tr[data-reference=" + notReferred + "]")).isEmpty();
		// Awaiting a decision comes before decided: no decided row precedes an undecided one.
		var tags = page.select("#referrals tbody tr").stream().map(r -> r.select(".govuk-tag").isEmpty()).toList();
		assertThat(tags.indexOf(true) == -1 || !tags.subList(tags.indexOf(true), tags.size()).contains(false)).isTrue();
	}

	private String submit(String report) throws Exception {
		String body = mvc
			.perform(post("/api/reports").header("Authorization", DemoTokens.bearer(mvc, "advocate@support.demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(report))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reference = JsonPath.read(body, "$.reference");
		await().atMost(Duration.ofSeconds(20)).until(() -> allocations.referral(reference), Optional::isPresent);
		return reference;
	}

}
