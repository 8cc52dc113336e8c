package org.crossforce.investigations;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GET /duties: an overdue duty appears for the investigating force, with its deadline explained and how late it is,
 * and for the IOPC in its force's count; it clears, here and in GET /api/duties, when the victim is told.
 */
@IntegrationTest
class DutiesPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	UserDetailsService users;

	@Test
	void onlyForceStaffAndTheIopcSeeTheDashboard() throws Exception {
		mvc.perform(get("/duties")).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/duties").with(user(users.loadUserByUsername("advocate@support.demo"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/duties").with(user(users.loadUserByUsername("admin@crossforce.demo"))))
			.andExpect(status().isForbidden());
		Document page = page("psd@kent.demo", "");
		assertThat(page.select("nav a[href=/duties]")).hasSize(1);
		assertThat(page.select("#forces")).isEmpty();
	}

	@Test
	void anOverdueDutyAppearsAndClearsWhenTheVictimIsTold() throws Exception {
		CaseAllocation allocation = InvestigationCases.allocated(mvc, allocations);
		String reference = allocation.reference();
		String force = allocation.investigatingForce();
		String psd = InvestigationCases.psd(force);
		// Tuesday 1 July 2025: the victim should have been told by Wednesday 2 July.
		String body = InvestigationCases.record(mvc, psd, reference, "SUSPECT_ARRESTED", "2025-07-01", null)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Number duty = JsonPath.read(body, "$.duties[0].id");

		Element row = row(page(psd, "?overdue=true"), reference);
		assertThat(row.select("a").attr("href")).isEqualTo("/cases/" + reference + "/timeline");
		assertThat(row.select("td").get(1).text()).isEqualTo("Tell the victim: Suspect arrested");
		assertThat(row.select(".duty-due").text()).isEqualTo("2 July 2025");
		assertThat(row.select(".duty-explanation").text()).isEqualTo("1 working day after 1 July 2025");
		assertThat(row.select(".duty-state").text()).matches("Overdue by \\d+ working days");
		assertThat(row.select("td").get(4).text()).isEqualTo("Not assigned");
		mvc.perform(get("/api/duties?overdue=true").header("Authorization", DemoTokens.bearer(mvc, psd)))
			.andExpect(jsonPath("$[*].reference", hasItem(reference)))
			.andExpect(jsonPath("$[?(@.reference == '" + reference + "')].workingDaysOverdue").isNotEmpty())
			.andExpect(jsonPath("$[?(@.reference == '" + reference + "')].force", hasItem(force)));

		Document iopc = page("iopc@iopc.demo", "");
		assertThat(iopc.select("#duties")).isEmpty();
		assertThat(iopc.select("#pick-force")).hasSize(1);
		int overdueBefore = Integer.parseInt(iopc.select("#forces tr[data-force=" + force + "] .force-overdue").text());
		assertThat(overdueBefore).isPositive();
		assertThat(iopc.select("#forces tbody tr")).hasSizeGreaterThan(40);
		Document iopcForce = page("iopc@iopc.demo", "?force=" + force + "&overdue=true");
		assertThat(iopcForce.select("#force-heading").text()).contains("Open duties:");
		assertThat(row(iopcForce, reference)).isNotNull();

		mvc.perform(post("/api/cases/{r}/duties/{d}/victim-told", reference, duty)
			.header("Authorization", DemoTokens.bearer(mvc, psd))).andExpect(status().isOk());
		assertThat(page(psd, "?overdue=true").select("#duties tr[data-reference=" + reference + "]")).isEmpty();
		assertThat(page(psd, "").select("#duties tr[data-reference=" + reference + "]")).isEmpty();
		mvc.perform(get("/api/duties?overdue=true").header("Authorization", DemoTokens.bearer(mvc, psd)))
			.andExpect(jsonPath("$[*].reference", not(hasItem(reference))));
		assertThat(Integer.parseInt(page("iopc@iopc.demo", "").select("#forces tr[data-force=" + force + "] .force-overdue").text()))
			.isEqualTo(overdueBefore - 1);
	}

	@Test
	void aDutyNotYetDueIsListedButNotAsOverdue() throws Exception {
		CaseAllocation allocation = InvestigationCases.allocated(mvc, allocations);
		String psd = InvestigationCases.psd(allocation.investigatingForce());
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
		InvestigationCases.record(mvc, psd, allocation.reference(), "SUSPECT_ARRESTED", today, null)
			.andExpect(status().isCreated());
		assertThat(row(page(psd, ""), allocation.reference()).select(".duty-state").text()).isEqualTo("Open");
		assertThat(page(psd, "?overdue=true").select("#duties tr[data-reference=" + allocation.reference() + "]"))
			.isEmpty();
		assertThat(page(psd, "?overdue=true").select("#overdue[checked]")).hasSize(1);
	}

	private Document page(String username, String query) throws Exception {
		return Html.of(mvc.perform(get("/duties" + query).with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn());
	}

	private static Element row(Document page, String reference) {
		Element row = page.selectFirst("#duties tr[data-reference=" + reference + "]");
		assertThat(row).as("a row for " + reference).isNotNull();
		return row;
	}

}
