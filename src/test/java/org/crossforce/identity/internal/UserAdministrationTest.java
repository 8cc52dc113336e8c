package org.crossforce.identity.internal;

import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UserAdministrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountUserDetailsService users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void notSignedInGoesToSignIn() throws Exception {
		mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void otherRolesAreRefused() throws Exception {
		mvc.perform(get("/admin/users").with(user(load("advocate@support.demo")))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users").with(user(load("iopc@iopc.demo"))).with(csrf()).param("username", "x@y.z"))
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputIsExplainedFieldByField() throws Exception {
		var page = Html.of(mvc
			.perform(post("/admin/users").with(user(admin())).with(csrf())
				.param("username", "not-an-email")
				.param("displayName", "")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).contains("#username", "#displayName",
				"#organisationId", "#roles", "#password");
		assertThat(page.select("#password-error").text()).contains("between 12 and 200 characters");
	}

	@Test
	void aRoleThatDoesNotFitTheOrganisationIsRefused() throws Exception {
		long support = accounts.organisationByCode("support-demo").orElseThrow().id();
		var page = Html.of(mvc
			.perform(post("/admin/users").with(user(admin())).with(csrf())
				.param("username", "not-an-admin@example.org")
				.param("displayName", "Someone")
				.param("organisationId", Long.toString(support))
				.param("roles", "ADMINISTRATOR")
				.param("password", "a-long-enough-password"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select("#roles-error").text()).contains("does not fit this organisation");
		assertThat(accounts.exists("not-an-admin@example.org")).isFalse();
	}

	@Test
	void anAdministratorAddsAUserWhoCanSignInUntilDisabled() throws Exception {
		long support = accounts.organisationByCode("support-demo").orElseThrow().id();
		mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
			.param("username", "New.Advocate@Example.org")
			.param("displayName", "New advocate")
			.param("organisationId", Long.toString(support))
			.param("roles", "ADVOCATE")
			.param("password", "a-long-enough-password"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(accounts.findByUsername("new.advocate@example.org")).isPresent();
		assertThat(auditActions("new.advocate@example.org")).containsExactly("user.created");
		signIn("new.advocate@example.org").andExpect(status().isOk());

		long id = accounts.findByUsername("new.advocate@example.org").orElseThrow().id();
		mvc.perform(post("/admin/users/{id}/disable", id).with(user(admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		signIn("new.advocate@example.org").andExpect(status().isUnauthorized());
		assertThat(auditActions("new.advocate@example.org")).containsExactly("user.created", "user.disabled");
		var list = Html.of(mvc.perform(get("/admin/users").with(user(admin()))).andReturn());
		assertThat(list.select("tr:contains(new.advocate@example.org) .govuk-tag").text()).isEqualTo("Disabled");
	}

	@Test
	void anAdministratorCannotDisableThemselves() throws Exception {
		long self = accounts.findByUsername("admin@crossforce.demo").orElseThrow().id();
		mvc.perform(post("/admin/users/{id}/disable", self).with(user(admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(accounts.findById(self).orElseThrow().isEnabled()).isTrue();
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String username) throws Exception {
		return mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"a-long-enough-password\"}"));
	}

	private java.util.List<String> auditActions(String subject) {
		return jdbc.sql("select action from audit_entry where subject = :s and action like 'user.%' order by sequence")
			.param("s", subject)
			.query(String.class)
			.list();
	}

	private UserDetails admin() {
		return load("admin@crossforce.demo");
	}

	private UserDetails load(String username) {
		return users.loadUserByUsername(username);
	}

}
