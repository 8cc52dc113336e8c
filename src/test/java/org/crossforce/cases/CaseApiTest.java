package org.crossforce.cases;

import java.time.Duration;
import java.util.List;

import org.crossforce.allocation.Allocations;
import org.crossforce.reports.ReportApiTestData;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GET /api/cases/{reference} and GET /api/conduct-notices for a report by an advocate about a Greater Manchester
 * sergeant who served in Cheshire before: unhappy paths first, then each party's view, and the audit behind them.
 */
@IntegrationTest
class CaseApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	JdbcClient jdbc;

	String reference;

	String investigatingForce;

	@BeforeEach
	void aReportIsMadeAndAllocated() throws Exception {
		String body = mvc
			.perform(post("/api/reports").header("Authorization", DemoTokens.bearer(mvc, "advocate@support.demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ReportApiTestData.VALID))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		reference = JsonPath.read(body, "$.reference");
		investigatingForce = await().atMost(Duration.ofSeconds(20))
			.until(() -> allocations.of(reference), java.util.Optional::isPresent)
			.orElseThrow()
			.investigatingForce();
	}

	@Test
	void notSignedInIsAskedForCredentials() throws Exception {
		mvc.perform(get("/api/cases/{r}", reference))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anUnrelatedForceFindsNothingAndTheAttemptIsAudited() throws Exception {
		as("psd@devon-and-cornwall.demo").andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(audit("psd@devon-and-cornwall.demo")).contains("case.read.refused");
		mvc.perform(get("/api/cases/{r}", "not-a-reference")
			.header("Authorization", DemoTokens.bearer(mvc, "psd@kent.demo"))).andExpect(status().isNotFound());
	}

	@Test
	void theEmployingForceIsRefusedAndAnAlertIsRaisedForTheIopc() throws Exception {
		as("psd@greater-manchester.demo").andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The accused's own force receives only the restricted conduct notice."));
		assertThat(audit("psd@greater-manchester.demo")).contains("access.refused.conflicted");
		mvc.perform(get("/api/alerts").header("Authorization", DemoTokens.bearer(mvc, "iopc@iopc.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].subject", hasItem("case " + reference)))
			.andExpect(jsonPath("$[0].actor").value("psd@greater-manchester.demo"));
		mvc.perform(get("/api/alerts").header("Authorization", DemoTokens.bearer(mvc, "psd@kent.demo")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aForceTheAccusedServedInBeforeIsRefusedAsConflicted() throws Exception {
		as("psd@cheshire.demo").andExpect(status().isForbidden());
		assertThat(audit("psd@cheshire.demo")).contains("access.refused.conflicted");
	}

	@Test
	void theInvestigatingForceSeesNoneOfTheVictimsDetailsBeforeDeclaring() throws Exception {
		as("psd@" + investigatingForce + ".demo").andExpect(status().isOk())
			.andExpect(jsonPath("$.allocation.investigatingForce").value(investigatingForce))
			.andExpect(jsonPath("$.conductNotice.accusedFamilyName").value("Example"))
			.andExpect(jsonPath("$.victim").doesNotExist())
			.andExpect(jsonPath("$.account").doesNotExist())
			.andExpect(jsonPath("$.files").doesNotExist());
		assertThat(jdbc.sql("select detail from audit_entry where actor = :a and subject = :s and action = 'case.read'")
			.param("a", "psd@" + investigatingForce + ".demo")
			.param("s", "case " + reference)
			.query(String.class)
			.list()).isNotEmpty().noneMatch(d -> d.contains("resource=VICTIM_IDENTITY") || d.contains("resource=ACCOUNT"));
	}

	@Test
	void theInvestigatingForceSeesTheVictimTheAccountAndWhyItWasChosen() throws Exception {
		StaffCases.declareNoConnection(mvc, reference, "psd@" + investigatingForce + ".demo");
		as("psd@" + investigatingForce + ".demo").andExpect(status().isOk())
			.andExpect(jsonPath("$.allocation.investigatingForce").value(investigatingForce))
			.andExpect(jsonPath("$.allocation.considered[?(@.force == 'greater-manchester')].excluded").value(true))
			.andExpect(jsonPath("$.allocation.considered[?(@.force == 'cheshire')].reasons[0]").exists())
			.andExpect(jsonPath("$.iopcReferral.required").value(false))
			.andExpect(jsonPath("$.iopcReferral.criteria.length()").value(8))
			.andExpect(jsonPath("$.victim.givenNames").value("Sam"))
			.andExpect(jsonPath("$.account.narrative").exists())
			.andExpect(jsonPath("$.conductNotice.accusedFamilyName").value("Example"));
		assertThat(audit("psd@" + investigatingForce + ".demo")).contains("case.read");
		assertThat(jdbc.sql("select detail from audit_entry where actor = :a and subject = :s and action = 'case.read'")
			.param("a", "psd@" + investigatingForce + ".demo")
			.param("s", "case " + reference)
			.query(String.class)
			.list()).anyMatch(d -> d.contains("resource=SUMMARY"))
			.anyMatch(d -> d.contains("resource=VICTIM_IDENTITY"))
			.anyMatch(d -> d.contains("resource=ACCOUNT"))
			.allMatch(d -> d.contains("relation=INVESTIGATING_FORCE") && d.contains("purpose=API"));
	}

	@Test
	void theReferringAdvocateSeesTheirVictimButNotTheConductNotice() throws Exception {
		as("advocate@support.demo").andExpect(status().isOk())
			.andExpect(jsonPath("$.victim.familyName").value("Sample"))
			.andExpect(jsonPath("$.conductNotice").doesNotExist());
	}

	@Test
	void theIopcOverseesWithoutVictimDetailsWhenNotReferredAndAdministratorsSeeNoContent() throws Exception {
		as("iopc@iopc.demo").andExpect(status().isOk())
			.andExpect(jsonPath("$.allocation").exists())
			.andExpect(jsonPath("$.victim").doesNotExist())
			.andExpect(jsonPath("$.account").doesNotExist())
			.andExpect(jsonPath("$.conductNotice").exists());
		as("admin@crossforce.demo").andExpect(status().isOk())
			.andExpect(jsonPath("$.victim").doesNotExist())
			.andExpect(jsonPath("$.account").doesNotExist())
			.andExpect(jsonPath("$.conductNotice").doesNotExist());
		as("inspector@hmicfrs.demo").andExpect(status().isNotFound());
	}

	@Test
	void theEmployingForceGetsOnlyTheRestrictedNotice() throws Exception {
		String json = mvc
			.perform(get("/api/conduct-notices")
				.header("Authorization", DemoTokens.bearer(mvc, "psd@greater-manchester.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].reference", hasItem(reference)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> notice = JsonPath.read(json, "$[?(@.reference == '" + reference + "')].riskFlags[*]");
		assertThat(notice).contains("POLICE_SYSTEMS_ACCESS", "TOLD_WILL_NOT_BE_BELIEVED");
		assertThat(json).doesNotContain("Sam").doesNotContain("Sample").doesNotContain("sam@example.org")
			.doesNotContain("checked my phone").doesNotContain("incidentForce").doesNotContain("narrative");
		assertThat(JsonPath.<List<String>>read(json, "$[?(@.reference == '" + reference + "')].accusedFamilyName"))
			.containsExactly("Example");
		mvc.perform(get("/api/conduct-notices").header("Authorization", DemoTokens.bearer(mvc, "psd@kent.demo")))
			.andExpect(jsonPath("$[*].reference", not(hasItem(reference))));
		mvc.perform(get("/api/conduct-notices").header("Authorization", DemoTokens.bearer(mvc, "iopc@iopc.demo")))
			.andExpect(status().isForbidden());
	}

	private ResultActions as(String username) throws Exception {
		return mvc.perform(get("/api/cases/{r}", reference).header("Authorization", DemoTokens.bearer(mvc, username)));
	}

	private List<String> audit(String actor) {
		return jdbc.sql("select action from audit_entry where actor = :a and subject = :s order by sequence")
			.param("a", actor)
			.param("s", "case " + reference)
			.query(String.class)
			.list();
	}

}
