package org.crossforce.allocation;

import java.util.List;

import org.crossforce.allocation.internal.CollaborationGroups;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
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

/** /admin/collaborations: administrators list, add and delete professional standards collaborations, audited. */
@IntegrationTest
class CollaborationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CollaborationGroups groups;

	@Autowired
	JdbcClient jdbc;

	@Test
	void notSignedInGoesToSignIn() throws Exception {
		mvc.perform(get("/admin/collaborations")).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(post("/admin/collaborations").with(csrf()).param("name", "X")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void otherRolesAreRefused() throws Exception {
		mvc.perform(get("/admin/collaborations").with(user(load("iopc@iopc.demo")))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/collaborations/delete").with(user(load("psd@kent.demo"))).with(csrf())
			.param("name", "Anything")).andExpect(status().isForbidden());
	}

	@Test
	void badInputIsExplainedFieldByField() throws Exception {
		Document page = Html.of(mvc.perform(post("/admin/collaborations").with(user(admin())).with(csrf())
			.param("name", " ")
			.param("forces", "kent"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactlyInAnyOrder("#name",
				"#forces");
		assertThat(page.select("#forces-error").text()).contains("Select at least 2 forces");
		assertThat(page.select("input[name=forces][value=kent]").hasAttr("checked")).isTrue();

		Document unknown = Html.of(mvc.perform(post("/admin/collaborations").with(user(admin())).with(csrf())
			.param("name", "Made up")
			.param("forces", "kent", "atlantis"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(unknown.select("#forces-error").text()).contains("Select forces from the list");
		assertThat(groups.exists("Made up")).isFalse();
	}

	@Test
	void anAdministratorAddsAndDeletesACollaborationAndEachChangeIsAudited() throws Exception {
		MvcResult added = mvc.perform(post("/admin/collaborations").with(user(admin())).with(csrf())
			.param("name", "Test Joint PSD")
			.param("forces", "kent", "essex"))
			.andExpect(redirectedUrl("/admin/collaborations"))
			.andExpect(flash().attribute("created", "Test Joint PSD"))
			.andReturn();
		assertThat(groups.all()).anySatisfy(group -> {
			assertThat(group.name()).isEqualTo("Test Joint PSD");
			assertThat(group.forces()).containsExactlyInAnyOrder("kent", "essex");
		});
		assertThat(audit()).containsExactly("allocation.collaboration.created");
		Document list = Html.of(mvc.perform(get("/admin/collaborations").with(user(admin())).flashAttrs(added.getFlashMap()))
			.andReturn());
		assertThat(list.select(".govuk-notification-banner--success").text()).contains("Collaboration Test Joint PSD added");
		assertThat(list.select("#collaborations tr:has(th:matchesOwn(^Test Joint PSD$)) li").eachText()).containsExactly("Essex Police",
				"Kent Police");

		Document duplicate = Html.of(mvc.perform(post("/admin/collaborations").with(user(admin())).with(csrf())
			.param("name", "Test Joint PSD")
			.param("forces", "kent", "surrey"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(duplicate.select("#name-error").text()).contains("already a collaboration with this name");

		mvc.perform(post("/admin/collaborations/delete").with(user(admin())).with(csrf()).param("name", "Test Joint PSD"))
			.andExpect(redirectedUrl("/admin/collaborations"))
			.andExpect(flash().attribute("deleted", "Test Joint PSD"));
		assertThat(groups.exists("Test Joint PSD")).isFalse();
		assertThat(audit()).containsExactly("allocation.collaboration.created", "allocation.collaboration.deleted");
	}

	private List<String> audit() {
		return jdbc.sql("select action from audit_entry where subject = 'collaboration Test Joint PSD' order by sequence")
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
