package org.crossforce.foi;

import java.time.Instant;
import java.util.Set;

import org.crossforce.foi.internal.FoiRecords;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /foi/compliance and /api/foi/compliance: the numbers move by exactly what a campaign's requests add. */
@IntegrationTest
class FoiComplianceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FoiRecords records;

	@Autowired
	UserDetailsService users;

	@Test
	void onlyAdvocatesAndAnalystsSeeTheTable() throws Exception {
		mvc.perform(get("/foi/compliance")).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/api/foi/compliance")).andExpect(status().isUnauthorized());
		mvc.perform(get("/foi/compliance").with(user(users.loadUserByUsername("psd@essex.demo"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRefusalAndAnOverdueRequestAreCountedForTheirAuthority() throws Exception {
		String before = api();
		long campaign = FoiRequestFixtures.campaign(records, "support-demo");
		long refused = FoiRequestFixtures.sent(records, campaign, "dorset", FoiRequestFixtures.today().minusDays(10));
		records.addStep(refused, new RequestStep(FoiState.REFUSED, FoiRequestFixtures.today(), null,
				Set.of(Exemption.S12)), null, null, FoiRequestFixtures.ADVOCATE, Instant.now());
		long theirs = FoiRequestFixtures.sent(records, "other-org", "dorset", FoiRequestFixtures.today().minusDays(10));
		String after = api();

		assertThat(count(after, "sent") - count(before, "sent")).isEqualTo(1);
		assertThat(count(after, "answered") - count(before, "answered")).isEqualTo(1);
		assertThat(count(after, "answeredOnTime") - count(before, "answeredOnTime")).isEqualTo(1);
		assertThat(s12(after) - s12(before)).isEqualTo(1);
		String title = records.campaign(campaign).orElseThrow().title();
		assertThat(JsonPath.<java.util.List<String>>read(after, "$.campaigns")).contains(title)
			.doesNotContain(records.campaign(records.request(theirs).orElseThrow().campaignId()).orElseThrow().title());

		Document page = Html.of(mvc.perform(get("/foi/compliance")
			.with(user(users.loadUserByUsername(FoiRequestFixtures.ADVOCATE)))).andExpect(status().isOk()).andReturn());
		assertThat(page.select("#campaigns li").eachText()).contains(title);
		assertThat(page.select("tr[data-authority=dorset] .refusals").text()).contains("s.12 cost of compliance: ");
	}

	private String api() throws Exception {
		return mvc.perform(get("/api/foi/compliance").header("Authorization",
				DemoTokens.bearer(mvc, FoiRequestFixtures.ADVOCATE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static int count(String json, String field) {
		java.util.List<Integer> values = JsonPath.read(json, "$.rows[?(@.authorityCode == 'dorset')]." + field);
		return values.isEmpty() ? 0 : values.get(0);
	}

	private static int s12(String json) {
		java.util.List<Integer> values = JsonPath.read(json,
				"$.rows[?(@.authorityCode == 'dorset')].refusalsByExemption.S12");
		return values.isEmpty() ? 0 : values.get(0);
	}

}
