package org.crossforce.cases;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The declaration form on the case page (POST /cases/{reference}/declaration) and the removal page: unhappy paths
 * first, then declaring no connection and declaring one, as a browser without JavaScript would post them.
 */
@IntegrationTest
class DeclarationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	String reference;

	String investigator;

	@BeforeEach
	void aReportIsMadeAndAllocated() throws Exception {
		CaseAllocation allocation = StaffCases.allocated(mvc, allocations, StaffCases.WITH_EVIDENCE);
		reference = allocation.reference();
		investigator = StaffCases.psd(allocation.investigatingForce());
	}

	@Test
	void notSignedInGoesToSignInAndAFormWithoutItsTokenIsRefused() throws Exception {
		mvc.perform(post("/cases/{r}/declaration", reference).with(csrf()).param("connection", "false"))
			.andExpect(redirectedUrl("/sign-in"));
		mvc.perform(post("/cases/{r}/declaration", reference).with(user(load(investigator))).param("connection", "false"))
			.andExpect(status().isForbidden());
		mvc.perform(form("iopc@iopc.demo").param("connection", "false")).andExpect(status().isForbidden());
		assertThat(declared()).isZero();
	}

	@Test
	void noAnswerOrAConnectionWithoutSayingWhatComesBackWithTheErrors() throws Exception {
		Document none = followed(mvc.perform(form(investigator))
			.andExpect(redirectedUrl("/cases/" + reference + "#declaration"))
			.andReturn());
		assertThat(none.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#connection");
		assertThat(none.select("#connection-error").text())
			.contains("Select whether you have any connection with the accused or the victim");

		Document withoutNote = followed(mvc.perform(form(investigator).param("connection", "true").param("note", " "))
			.andExpect(redirectedUrl("/cases/" + reference + "#declaration"))
			.andReturn());
		assertThat(withoutNote.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#note");
		assertThat(withoutNote.select("#note-error").text()).contains("Enter what the connection is");
		// The answer given stays chosen, and its question shown, for a browser that runs no script.
		assertThat(withoutNote.select("#connection-yes").hasAttr("checked")).isTrue();
		assertThat(withoutNote.select("#conditional-connection-yes").hasClass("govuk-radios__conditional--hidden"))
			.isFalse();
		assertThat(withoutNote.select("#victim-name")).isEmpty();

		Document tooLong = followed(mvc.perform(form(investigator).param("connection", "true")
			.param("note", "y".repeat(1001))).andReturn());
		assertThat(tooLong.select("#note-error").text()).contains("1,000 characters or fewer");
		assertThat(tooLong.select("#note").text()).hasSize(1001);
		assertThat(declared()).isZero();
	}

	@Test
	void declaringNoConnectionShowsTheVictimsDetailsWithASuccessBanner() throws Exception {
		Document page = followed(mvc.perform(form(investigator).param("connection", "false"))
			.andExpect(redirectedUrl("/cases/" + reference))
			.andExpect(flash().attribute("declared", true))
			.andReturn());
		assertThat(page.select("#declared-title ~ *, .govuk-notification-banner--success").text())
			.contains("You have declared that you have no connection with the accused or the victim");
		assertThat(page.select("#victim-name").text()).isEqualTo("Sam Sample");
		assertThat(page.select("#declaration-form")).isEmpty();

		// Posting again (a second tab) changes nothing.
		mvc.perform(form(investigator).param("connection", "true").param("note", "Changed my mind"))
			.andExpect(redirectedUrl("/cases/" + reference));
		assertThat(jdbc.sql("select connection from conflict_declaration where reference = :r")
			.param("r", reference)
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void declaringAConnectionShowsTheRemovalAndTheCaseIsClosedToThemForGood() throws Exception {
		mvc.perform(form(investigator).param("connection", "true").param("note", "I trained with the accused."))
			.andExpect(redirectedUrl("/cases/" + reference + "/removed"));
		long alertsBefore = alerts();
		Document removed = Html.of(mvc.perform(get("/cases/{r}/removed", reference).with(user(load(investigator))))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(removed.select("main h1").text()).isEqualTo("You have been removed from this case");
		assertThat(removed.text()).doesNotContain("Alex Example").doesNotContain("Sam Sample");
		assertThat(alerts()).as("the removal page reads nothing of the case").isEqualTo(alertsBefore);

		Document casePage = Html.of(mvc.perform(get("/cases/{r}", reference).with(user(load(investigator))))
			.andExpect(status().isForbidden())
			.andReturn());
		assertThat(casePage.select("main h1").text()).isEqualTo("You have been removed from this case");
		assertThat(casePage.text()).doesNotContain("Alex Example").doesNotContain("Sam Sample");
		assertThat(alerts()).isEqualTo(alertsBefore + 1);
		mvc.perform(get("/cases/{r}/files/{id}", reference, 1).with(user(load(investigator))))
			.andExpect(status().isForbidden());

		// The removal page is only for those who declared a connection.
		String other = "psd@kent.demo";
		mvc.perform(get("/cases/{r}/removed", reference).with(user(load(other))))
			.andExpect(redirectedUrl("/cases/" + reference));
	}

	private MockHttpServletRequestBuilder form(String username) {
		return post("/cases/{r}/declaration", reference).with(user(load(username))).with(csrf());
	}

	/** The case page the redirect leads to, with the flash attributes the redirect carried. */
	private Document followed(MvcResult redirect) throws Exception {
		return Html.of(mvc.perform(get("/cases/{r}", reference).with(user(load(investigator)))
			.flashAttrs(redirect.getFlashMap())).andExpect(status().isOk()).andReturn());
	}

	private UserDetails load(String username) {
		return users.loadUserByUsername(username);
	}

	private long declared() {
		return jdbc.sql("select count(*) from conflict_declaration where reference = :r")
			.param("r", reference)
			.query(Long.class)
			.single();
	}

	private long alerts() {
		return jdbc.sql("select count(*) from access_alert").query(Long.class).single();
	}

}
