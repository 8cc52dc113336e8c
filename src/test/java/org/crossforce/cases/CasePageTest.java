package org.crossforce.cases;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GET /cases/{reference} and its evidence downloads, for the advocate's report about a Greater Manchester sergeant
 * who served in Cheshire before: unhappy paths first, then what each party sees, and the audit behind it.
 */
@IntegrationTest
class CasePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	CaseAllocation allocation;

	String reference;

	@BeforeEach
	void aReportWithEvidenceIsMadeAndAllocated() throws Exception {
		allocation = StaffCases.allocated(mvc, allocations, StaffCases.WITH_EVIDENCE);
		reference = allocation.reference();
	}

	@Test
	void notSignedInGoesToSignIn() throws Exception {
		mvc.perform(get("/cases/{r}", reference)).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/cases/{r}/files/{id}", reference, 1)).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void anUnrelatedForceOrANonsenseReferenceFindsNothing() throws Exception {
		Document page = Html.of(as("psd@devon-and-cornwall.demo").andExpect(status().isNotFound()).andReturn());
		assertThat(page.text()).doesNotContain(reference);
		assertThat(auditActions("psd@devon-and-cornwall.demo")).containsExactly("case.read.refused");
		mvc.perform(get("/cases/{r}", "CF-0000-000I").with(user(load("iopc@iopc.demo")))).andExpect(status().isNotFound());
		mvc.perform(get("/cases/{r}", "CF-ZZZZ-ZZZZ").with(user(load("iopc@iopc.demo")))).andExpect(status().isNotFound());
	}

	@Test
	void theEmployingForceIsRefusedAndAnAlertIsRaised() throws Exception {
		long before = alerts();
		Document page = Html.of(as("psd@greater-manchester.demo").andExpect(status().isForbidden()).andReturn());
		assertThat(page.text()).doesNotContain("Sam").doesNotContain("Sample");
		assertThat(alerts()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select actor from access_alert where subject = :s")
			.param("s", "case " + reference)
			.query(String.class)
			.list()).containsExactly("psd@greater-manchester.demo");
		mvc.perform(get("/cases/{r}/files/{id}", reference, fileId()).with(user(load("psd@greater-manchester.demo"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theInvestigatingForceIsAskedToDeclareInPlaceOfTheVictimsDetails() throws Exception {
		String investigator = StaffCases.psd(allocation.investigatingForce());
		Document page = Html.of(as(investigator).andExpect(status().isOk()).andReturn());
		assertThat(page.select("#victim-name, #narrative, #evidence")).isEmpty();
		assertThat(page.text()).doesNotContain("Sam Sample").doesNotContain("checked my phone");
		assertThat(page.select("#declaration ~ p").first().text()).isEqualTo(
				"Before you can see the victim's details, declare whether you have any connection with the accused or the victim");
		assertThat(page.select("#declaration-needed a").attr("href")).isEqualTo("#declaration");
		assertThat(page.select("form#declaration-form").attr("action")).isEqualTo("/cases/" + reference + "/declaration");
		assertThat(page.select("form#declaration-form input[name=connection]").eachAttr("value"))
			.containsExactly("false", "true");
		assertThat(page.select("form#declaration-form textarea#note")).hasSize(1);
		// The rest of the case is still there for them.
		assertThat(page.select("#considered-forces tbody tr")).hasSize(allocation.considered().size());
		assertThat(page.select("#conduct-notice ~ dl").text()).contains("Alex Example");

		// Trying for the evidence anyway is refused, and the refusal audited with its reason.
		mvc.perform(get("/cases/{r}/files/{id}", reference, fileId()).with(user(load(investigator))))
			.andExpect(status().isForbidden());
		assertThat(auditActions(investigator)).contains("case.read.refused");
		assertThat(jdbc
			.sql("select detail from audit_entry where actor = :a and subject = :s and action = 'case.read.refused'")
			.param("a", investigator)
			.param("s", "case " + reference)
			.query(String.class)
			.list()).containsExactly("resource=FILES, relation=INVESTIGATING_FORCE, reason=cases.refused.notDeclared");

		// Nobody else is asked.
		for (String other : List.of("iopc@iopc.demo", "admin@crossforce.demo", "advocate@support.demo")) {
			assertThat(Html.of(as(other).andExpect(status().isOk()).andReturn()).select("#declaration-form"))
				.as(other).isEmpty();
		}
	}

	@Test
	void theInvestigatingForceSeesWhyEveryForceWasOrWasNotChosenAndTheVictim() throws Exception {
		String investigator = StaffCases.psd(allocation.investigatingForce());
		StaffCases.declareNoConnection(mvc, reference, investigator);
		Document page = Html.of(as(investigator).andExpect(status().isOk()).andReturn());
		assertThat(page.select("main h1").text()).isEqualTo(reference);

		var rows = page.select("#considered-forces tbody tr");
		assertThat(rows.eachAttr("data-force")).containsExactlyElementsOf(
				allocation.considered().stream().map(force -> force.force()).toList());
		assertThat(page.select("#considered-forces tr:has(.govuk-tag--green)").eachAttr("data-force"))
			.containsExactly(allocation.investigatingForce());
		var employing = page.select("#considered-forces tr[data-force=greater-manchester]");
		assertThat(employing.select("th").text()).isEqualTo("Greater Manchester Police");
		assertThat(employing.select(".govuk-tag").text()).isEqualTo("Not chosen");
		assertThat(employing.select("li").eachText()).contains("Employs the accused.");
		assertThat(page.select("#considered-forces tr[data-force=cheshire] li").eachText())
			.contains("The accused served in this force before.");

		assertThat(page.select("#criteria tbody tr")).hasSize(8);
		assertThat(page.select("#iopc-referral ~ p .govuk-tag").first().text()).isEqualTo("Referral not required");
		assertThat(page.select("#classification").text()).isEqualTo("Complaint");
		assertThat(page.select("#victim-name").text()).isEqualTo("Sam Sample");
		assertThat(page.select("#narrative").text()).contains("checked my phone");
		assertThat(page.select("#conduct-notice ~ dl").text()).contains("Alex Example", "Has access to police systems");
		assertThat(page.select("#evidence ~ ul a").attr("href")).isEqualTo("/cases/" + reference + "/files/" + fileId());
		assertThat(page.select("#declaration-form, #declaration-needed")).isEmpty();
		// Caseworkers at the investigating force do not override allocations.
		assertThat(page.select("form[action$=/override]")).isEmpty();
	}

	@Test
	void othersSeeTheAllocationButNotTheVictim() throws Exception {
		Document iopc = Html.of(as("iopc@iopc.demo").andExpect(status().isOk()).andReturn());
		assertThat(iopc.select("#considered-forces tbody tr")).hasSize(allocation.considered().size());
		assertThat(iopc.select("#victim-name, #narrative, #evidence")).isEmpty();
		assertThat(iopc.text()).doesNotContain("Sam Sample").doesNotContain("sam@example.org");
		assertThat(iopc.select("form[action$=/override]")).hasSize(1);
		assertThat(iopc.select("form[action$=/conflicts]")).isEmpty();

		Document admin = Html.of(as("admin@crossforce.demo").andExpect(status().isOk()).andReturn());
		assertThat(admin.select("#victim-name, #narrative, #evidence, #conduct-notice")).isEmpty();
		assertThat(admin.select("form[action$=/conflicts]")).hasSize(1);

		Document advocate = Html.of(as("advocate@support.demo").andExpect(status().isOk()).andReturn());
		assertThat(advocate.select("#victim-name").text()).isEqualTo("Sam Sample");
		assertThat(advocate.select("#conduct-notice, #audit-trail")).isEmpty();
	}

	@Test
	void theAuditTrailListsTheReadsIncludingThisPageView() throws Exception {
		String investigator = StaffCases.psd(allocation.investigatingForce());
		StaffCases.declareNoConnection(mvc, reference, investigator);
		as("psd@devon-and-cornwall.demo").andExpect(status().isNotFound());
		Document page = Html.of(as(investigator).andExpect(status().isOk()).andReturn());
		var entries = page.select("#audit tbody tr");
		List<String> actors = entries.stream().map(row -> row.select("td").get(1).text()).toList();
		List<String> details = entries.stream().map(row -> row.select("td").get(3).text()).toList();
		assertThat(actors).contains(investigator, "psd@devon-and-cornwall.demo", "system");
		assertThat(details).anyMatch(d -> d.contains("resource=SUMMARY") && d.contains("purpose=case page"))
			.anyMatch(d -> d.contains("resource=VICTIM_IDENTITY"))
			.anyMatch(d -> d.contains("resource=AUDIT_TRAIL"));
		// Newest first: this page's read of the trail heads it.
		assertThat(details.get(0)).contains("resource=AUDIT_TRAIL");
		assertThat(entries.first().select("td").get(2).text()).isEqualTo("Read");
		assertThat(entries.stream().map(row -> row.select("td").get(2).text())).contains("Declared no connection");
	}

	@Test
	void anEvidenceFileDownloadsAsTheExactBytesAndTheDownloadIsAudited() throws Exception {
		String investigator = StaffCases.psd(allocation.investigatingForce());
		StaffCases.declareNoConnection(mvc, reference, investigator);
		byte[] body = mvc.perform(get("/cases/{r}/files/{id}", reference, fileId()).with(user(load(investigator))))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("notes.txt")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).isEqualTo(StaffCases.NOTES.getBytes(StandardCharsets.UTF_8));
		assertThat(auditDetails(investigator)).anyMatch(d -> d.contains("resource=FILES") && d.contains("purpose=evidence download"));

		mvc.perform(get("/cases/{r}/files/{id}", reference, 999999).with(user(load(investigator))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/cases/{r}/files/{id}", reference, fileId()).with(user(load("iopc@iopc.demo"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cases/{r}/files/{id}", reference, fileId()).with(user(load("psd@kent.demo"))))
			.andExpect(status().isNotFound());
	}

	private long fileId() {
		return jdbc.sql("""
				select f.id from evidence_file f join report r on r.id = f.report_id where r.reference = :r
				""").param("r", reference).query(Long.class).single();
	}

	private ResultActions as(String username) throws Exception {
		return mvc.perform(get("/cases/{r}", reference).with(user(load(username))));
	}

	private org.springframework.security.core.userdetails.UserDetails load(String username) {
		return users.loadUserByUsername(username);
	}

	private long alerts() {
		return jdbc.sql("select count(*) from access_alert").query(Long.class).single();
	}

	private List<String> auditActions(String actor) {
		return jdbc.sql("select action from audit_entry where actor = :a and subject = :s order by sequence")
			.param("a", actor)
			.param("s", "case " + reference)
			.query(String.class)
			.list();
	}

	private List<String> auditDetails(String actor) {
		return jdbc.sql("select detail from audit_entry where actor = :a and subject = :s order by sequence")
			.param("a", actor)
			.param("s", "case " + reference)
			.query(String.class)
			.list();
	}

}
