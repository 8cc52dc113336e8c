package org.crossforce.foi;

import org.crossforce.foi.internal.FoiRecords;
import org.crossforce.foi.internal.FoiRecords.Authority;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /admin/foi/authorities: only administrators, every force listed, addresses checked, saved and audited. */
@IntegrationTest
class FoiAuthorityAdminTest {

	private static final String ADMIN = "admin@crossforce.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	FoiRecords records;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyAdministratorsKeepTheAddresses() throws Exception {
		mvc.perform(get("/admin/foi/authorities")).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/admin/foi/authorities").with(user(users.loadUserByUsername("advocate@support.demo"))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/foi/authorities/kent").with(user(users.loadUserByUsername("psd@kent.demo")))
			.with(csrf())
			.param("email", "attacker@example.org")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/foi/authorities/atlantis").with(user(users.loadUserByUsername(ADMIN))))
			.andExpect(status().isNotFound());
		Document page = Html.of(mvc.perform(get("/admin/foi/authorities").with(user(users.loadUserByUsername(ADMIN))))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select("#authorities tbody tr")).hasSize(46);
		assertThat(page.select("tr[data-authority=essex] .authority-region").text()).isEqualTo("East of England");
		assertThat(page.select("tr[data-authority=essex] a").attr("href")).isEqualTo("/admin/foi/authorities/essex");
	}

	@Test
	void anAdministratorChangesAnAuthoritysAddressesAndABadEmailIsRefused() throws Exception {
		Authority before = records.authority("cumbria").orElseThrow();
		var admin = user(users.loadUserByUsername(ADMIN));
		try {
			Document refused = Html.of(mvc.perform(post("/admin/foi/authorities/cumbria").with(admin).with(csrf())
				.param("email", "not an address")
				.param("postalAddress", "Carleton Hall"))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(refused.select(".govuk-error-summary a[href=#email]").text())
				.isEqualTo("Enter an email address in the correct format, like foi@example.org");
			assertThat(refused.select("#email").val()).isEqualTo("not an address");
			assertThat(records.authority("cumbria").orElseThrow()).isEqualTo(before);

			Document tooLong = Html.of(mvc.perform(post("/admin/foi/authorities/cumbria").with(admin).with(csrf())
				.param("email", "")
				.param("postalAddress", "x".repeat(501))).andExpect(status().isOk()).andReturn());
			assertThat(tooLong.select("#postalAddress-error").text()).contains("500 characters or fewer");

			MvcResult saved = mvc.perform(post("/admin/foi/authorities/cumbria").with(admin).with(csrf())
				.param("email", " foi@cumbria.example.org ")
				.param("postalAddress", "Freedom of Information\r\nCarleton Hall\r\nPenrith"))
				.andExpect(redirectedUrl("/admin/foi/authorities"))
				.andReturn();
			Authority after = records.authority("cumbria").orElseThrow();
			assertThat(after.email()).isEqualTo("foi@cumbria.example.org");
			assertThat(after.postalAddress()).isEqualTo("Freedom of Information\nCarleton Hall\nPenrith");
			Document list = Html.of(mvc.perform(get("/admin/foi/authorities").with(admin).flashAttrs(saved.getFlashMap()))
				.andReturn());
			assertThat(list.select(".govuk-notification-banner__heading").text())
				.isEqualTo("Addresses saved for " + before.name());
			assertThat(list.select("tr[data-authority=cumbria] .authority-updated").text()).endsWith("by " + ADMIN);
			assertThat(jdbc.sql("select detail from audit_entry where action = 'foi.authority.updated'"
					+ " and subject = 'foi-authority cumbria' and actor = :actor order by sequence desc limit 1")
				.param("actor", ADMIN)
				.query(String.class)
				.single()).isEqualTo("email=foi@cumbria.example.org postal=set");

			mvc.perform(post("/admin/foi/authorities/cumbria").with(admin).with(csrf()).param("email", "")
				.param("postalAddress", "")).andExpect(redirectedUrl("/admin/foi/authorities"));
			assertThat(records.authority("cumbria").orElseThrow().email()).isNull();
		}
		finally {
			records.updateAuthorityAddress("cumbria", before.email(), before.postalAddress(), "test",
					java.time.Instant.now());
		}
	}

}
