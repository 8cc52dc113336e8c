package org.crossforce.identity.internal;

import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountUserDetailsService users;

	@Autowired
	ApiTokens tokens;

	@Test
	void notSignedInGoesToSignIn() throws Exception {
		mvc.perform(get("/account")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void showsWhoYouAreAndWhereYouBelong() throws Exception {
		var page = Html.of(mvc.perform(get("/account").with(user(advocate()))).andExpect(status().isOk()).andReturn());
		assertThat(page.select(".govuk-summary-list").text()).contains("advocate@support.demo")
			.contains("Example domestic abuse support service (demo)")
			.contains("Advocate");
	}

	@Test
	void aBlankLabelIsExplainedNextToTheField() throws Exception {
		var page = Html.of(mvc.perform(post("/account/tokens").with(user(advocate())).with(csrf()).param("label", " "))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select(".govuk-error-summary a[href=#label]").text()).isEqualTo("Enter a label for the token");
		assertThat(page.select("#label-error").text()).contains("Enter a label for the token");
	}

	@Test
	void createsATokenShownOnceAndRevokesIt() throws Exception {
		var result = mvc.perform(post("/account/tokens").with(user(advocate())).with(csrf()).param("label", "Case system"))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attributeExists("issuedToken"))
			.andReturn();
		ApiTokens.IssuedToken issued = (ApiTokens.IssuedToken) result.getFlashMap().get("issuedToken");
		assertThat(tokens.authenticate(issued.token())).isPresent();

		var page = Html.of(mvc.perform(get("/account").with(user(advocate())).flashAttr("issuedToken", issued))
			.andReturn());
		assertThat(page.select("#issued-token").text()).isEqualTo(issued.token());
		assertThat(page.select("table.govuk-table").text()).contains("Case system");
		assertThat(Html.of(mvc.perform(get("/account").with(user(advocate()))).andReturn()).select("#issued-token"))
			.as("shown once only")
			.isEmpty();

		mvc.perform(post("/account/tokens/{id}/revoke", issued.id()).with(user(advocate())).with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attributeExists("revoked"));
		assertThat(tokens.authenticate(issued.token())).isEmpty();
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/account/tokens").with(user(advocate())).param("label", "x")).andExpect(status().isForbidden());
	}

	private UserDetails advocate() {
		return users.loadUserByUsername("advocate@support.demo");
	}

}
