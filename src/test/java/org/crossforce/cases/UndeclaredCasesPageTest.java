package org.crossforce.cases;

import java.util.Optional;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GET /cases/undeclared: who may see it, and a case listed until someone in the investigating force declares no
 * connection, with whoever opened it without declaring.
 */
@IntegrationTest
class UndeclaredCasesPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	UserDetailsService users;

	CaseAllocation allocation;

	String reference;

	String investigator;

	@BeforeEach
	void aReportIsMadeAndAllocated() throws Exception {
		allocation = StaffCases.allocated(mvc, allocations, StaffCases.WITH_EVIDENCE);
		reference = allocation.reference();
		investigator = StaffCases.psd(allocation.investigatingForce());
	}

	@Test
	void onlyProfessionalStandardsAndTheIopcSeeIt() throws Exception {
		mvc.perform(get("/cases/undeclared")).andExpect(redirectedUrl("/sign-in"));
		for (String refused : new String[] { "advocate@support.demo", "admin@crossforce.demo",
				"inspector@hmicfrs.demo" }) {
			mvc.perform(get("/cases/undeclared").with(user(load(refused)))).andExpect(status().isForbidden());
		}
	}

	@Test
	void aCaseIsListedUntilSomeoneInTheForceDeclaresNoConnectionWithWhoOpenedItWithoutDeclaring() throws Exception {
		Element row = row(investigator).orElseThrow();
		assertThat(row.select("th a").attr("href")).isEqualTo("/cases/" + reference);
		assertThat(row.select("td").get(2).text()).isEqualTo("Nobody yet");
		assertThat(row.select("td").get(3).text()).isEqualTo("Nobody");
		assertThat(row.select("td").get(1).text()).isEqualTo("0");
		// Only the investigating force lists it: not the accused's force, not another.
		assertThat(row("psd@greater-manchester.demo")).isEmpty();
		String other = "kent".equals(allocation.investigatingForce()) ? "psd@essex.demo" : "psd@kent.demo";
		assertThat(row(other)).isEmpty();

		mvc.perform(get("/cases/{r}", reference).with(user(load(investigator)))).andExpect(status().isOk());
		assertThat(row(investigator).orElseThrow().select("td").get(3).select("li").eachText())
			.containsExactly(investigator);

		Element iopcRow = row("iopc@iopc.demo").orElseThrow();
		assertThat(iopcRow.select("td").get(0).text()).isNotBlank().isNotEqualTo(allocation.investigatingForce());
		assertThat(iopcRow.select("td").get(4).select("li").eachText()).containsExactly(investigator);

		StaffCases.declareNoConnection(mvc, reference, investigator);
		assertThat(row(investigator)).isEmpty();
		assertThat(row("iopc@iopc.demo")).isEmpty();
	}

	@Test
	void aDeclaredConnectionDoesNotTakeACaseOffTheList() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/cases/{r}/declarations", reference)
			.header("Authorization", org.crossforce.testing.DemoTokens.bearer(mvc, investigator))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"connection\": true, \"note\": \"I know the accused.\"}")).andExpect(status().isCreated());
		Element row = row(investigator).orElseThrow();
		assertThat(row.select("td").get(2).text()).isEqualTo("Nobody yet");
		assertThat(row.select("td").get(3).text()).isEqualTo("Nobody");
	}

	@Test
	void thePageSaysNothingAboutTheVictimOrTheAccused() throws Exception {
		mvc.perform(get("/cases/{r}", reference).with(user(load(investigator)))).andExpect(status().isOk());
		for (String username : new String[] { investigator, "iopc@iopc.demo" }) {
			Document page = Html.of(mvc.perform(get("/cases/undeclared").with(user(load(username))))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(page.select("main h1").text()).isEqualTo("Cases waiting for conflict declarations");
			assertThat(page.select("main").text()).doesNotContain("Sam").doesNotContain("Sample")
				.doesNotContain("Alex").doesNotContain("Example").doesNotContain("GM 1234");
			assertThat(page.select("nav a[href='/cases/undeclared']")).hasSize(1);
		}
	}

	/** The case's row, looked for on every page of the list as the user sees it. */
	private Optional<Element> row(String username) throws Exception {
		for (int page = 1; page < 1000; page++) {
			Document list = Html.of(mvc.perform(get("/cases/undeclared").param("page", String.valueOf(page))
				.with(user(load(username)))).andExpect(status().isOk()).andReturn());
			Element row = list.selectFirst("#waiting-cases tr[data-reference=" + reference + "]");
			if (row != null) {
				return Optional.of(row);
			}
			if (list.select(".govuk-pagination__next").isEmpty()) {
				return Optional.empty();
			}
		}
		throw new AssertionError("More pages than any test makes");
	}

	private UserDetails load(String username) {
		return users.loadUserByUsername(username);
	}

}
