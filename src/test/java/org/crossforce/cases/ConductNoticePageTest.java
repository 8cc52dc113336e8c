package org.crossforce.cases;

import java.util.List;

import org.crossforce.allocation.Allocations;
import org.crossforce.reports.ReportApiTestData;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /cases/notices: the employing force's restricted conduct notices, and nothing about the victim. */
@IntegrationTest
class ConductNoticePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	String reference;

	@BeforeEach
	void aReportAboutAGreaterManchesterSergeantIsAllocated() throws Exception {
		reference = StaffCases.allocated(mvc, allocations, ReportApiTestData.VALID).reference();
	}

	@Test
	void notSignedInGoesToSignIn() throws Exception {
		mvc.perform(get("/cases/notices")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void onlyProfessionalStandardsUsersHaveNotices() throws Exception {
		mvc.perform(get("/cases/notices").with(user(users.loadUserByUsername("iopc@iopc.demo"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cases/notices").with(user(users.loadUserByUsername("advocate@support.demo"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherForceHasNoNoticeAboutThisCase() throws Exception {
		Document page = page("psd@kent.demo");
		assertThat(page.select("#notices tr[data-reference=" + reference + "]")).isEmpty();
		assertThat(page.text()).doesNotContain(reference);
	}

	@Test
	void theEmployingForceSeesTheAccusedAndTheRisksButNothingAboutTheVictim() throws Exception {
		Document page = page("psd@greater-manchester.demo");
		var row = page.select("#notices tr[data-reference=" + reference + "]");
		assertThat(row).hasSize(1);
		List<String> cells = row.select("td").eachText();
		assertThat(cells.get(0)).contains("Alex Example", "GM 1234");
		assertThat(cells.get(1)).isEqualTo("Police officer, Sergeant");
		assertThat(cells.get(2)).contains("Controlling or coercive behaviour", "Psychological, emotional or other abuse");
		assertThat(cells.get(3)).contains("Has access to police systems", "Told the victim they would not be believed");
		assertThat(cells.get(4)).isNotBlank().isNotEqualTo("Not allocated yet");
		assertThat(page.text()).doesNotContain("Sam").doesNotContain("Sample").doesNotContain("sam@example.org")
			.doesNotContain("checked my phone");
		// The notice is linked to no case page: the employing force may not open the case.
		assertThat(row.select("a")).isEmpty();
		assertThat(jdbc.sql("""
				select detail from audit_entry where actor = 'psd@greater-manchester.demo' and subject = :s
				  and action = 'case.read'
				""").param("s", "case " + reference).query(String.class).list())
			.singleElement()
			.satisfies(detail -> assertThat(detail).contains("resource=CONDUCT_NOTICE", "conduct notices page"));
	}

	private Document page(String username) throws Exception {
		return Html.of(mvc.perform(get("/cases/notices").with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn());
	}

}
