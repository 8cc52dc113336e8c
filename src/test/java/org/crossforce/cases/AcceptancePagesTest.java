package org.crossforce.cases;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Accepting or declining an allocation from the case page, as the investigating force's caseworker would. */
@IntegrationTest
class AcceptancePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	UserDetailsService users;

	CaseAllocation allocation;

	String investigator;

	@BeforeEach
	void aCaseIsAllocated() throws Exception {
		allocation = StaffCases.allocated(mvc, allocations, StaffCases.WITH_EVIDENCE);
		investigator = StaffCases.psd(allocation.investigatingForce());
	}

	@Test
	void theInvestigatingForceAcceptsFromTheCasePage() throws Exception {
		Document before = page(investigator);
		assertThat(before.select("#acceptance").text()).contains("must accept or decline this case by");
		assertThat(before.select("form[action$=/accept] button#accept")).hasSize(1);
		assertThat(page("iopc@iopc.demo").select("#accept")).as("only the investigating force accepts").isEmpty();

		mvc.perform(post("/cases/{r}/accept", allocation.reference()).with(user(users.loadUserByUsername(investigator)))
			.with(csrf())).andExpect(redirectedUrl("/cases/" + allocation.reference()));
		Document after = page(investigator);
		assertThat(after.select("#acceptance").text()).contains("accepted this case on").contains(investigator);
		assertThat(after.select("#accept")).isEmpty();
		assertThat(allocations.acceptance(allocation.reference()).orElseThrow().acceptedBy()).isEqualTo(investigator);
	}

	@Test
	void anotherForceCannotAcceptOrDecline() throws Exception {
		mvc.perform(post("/cases/{r}/accept", allocation.reference())
			.with(user(users.loadUserByUsername("psd@devon-and-cornwall.demo"))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/cases/{r}/decline", allocation.reference())
			.with(user(users.loadUserByUsername("psd@devon-and-cornwall.demo"))).with(csrf())
			.param("declineReason", "Not ours")).andExpect(status().isForbidden());
		assertThat(allocations.acceptance(allocation.reference()).orElseThrow().acceptedAt()).isNull();
	}

	@Test
	void decliningNeedsAReasonThenRunsTheRuleAgainWithoutTheForce() throws Exception {
		MvcResult blank = mvc.perform(post("/cases/{r}/decline", allocation.reference())
			.with(user(users.loadUserByUsername(investigator))).with(csrf()).param("declineReason", "  "))
			.andExpect(redirectedUrl("/cases/" + allocation.reference() + "#decline"))
			.andExpect(flash().attribute("declineError", "Enter a reason"))
			.andReturn();
		Document withError = Html.of(mvc.perform(get("/cases/{r}", allocation.reference())
			.with(user(users.loadUserByUsername(investigator)))
			.flashAttrs(blank.getFlashMap())).andReturn());
		assertThat(withError.select(".govuk-error-summary a[href=#declineReason]").text()).isEqualTo("Enter a reason");
		assertThat(withError.select("details#decline").hasAttr("open")).isTrue();
		assertThat(allocations.of(allocation.reference()).orElseThrow().investigatingForce())
			.isEqualTo(allocation.investigatingForce());

		mvc.perform(post("/cases/{r}/decline", allocation.reference())
			.with(user(users.loadUserByUsername(investigator))).with(csrf())
			.param("declineReason", "Illustrative: the accused's partner works in our professional standards team."))
			.andExpect(redirectedUrl("/cases"))
			.andExpect(flash().attribute("declined", allocation.reference()));
		assertThat(allocations.of(allocation.reference()).orElseThrow().investigatingForce())
			.isNotEqualTo(allocation.investigatingForce());
	}

	private Document page(String username) throws Exception {
		return Html.of(mvc.perform(get("/cases/{r}", allocation.reference())
			.with(user(users.loadUserByUsername(username)))).andExpect(status().isOk()).andReturn());
	}

}
