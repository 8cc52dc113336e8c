package org.crossforce.investigations;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.audit.AuditEntry;
import org.crossforce.audit.AuditLog;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** PUT /api/cases/{reference}/assignment: the investigating force's professional standards name who works a case. */
@IntegrationTest
class CaseAssignmentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	CaseAllocation allocation;

	String psd;

	String investigator;

	@BeforeEach
	void aCaseIsAllocatedAndTheForceHasAnInvestigator() throws Exception {
		allocation = InvestigationCases.allocated(mvc, allocations);
		psd = InvestigationCases.psd(allocation.investigatingForce());
		investigator = InvestigationCases.newForceUser(mvc, users, jdbc, allocation.investigatingForce(), "INVESTIGATOR");
	}

	@Test
	void onlyTheInvestigatingForcesProfessionalStandardsAssign() throws Exception {
		mvc.perform(put("/api/cases/{r}/assignment", allocation.reference()).contentType(MediaType.APPLICATION_JSON)
			.content(body(investigator, psd))).andExpect(status().isUnauthorized());
		assign("advocate@support.demo", investigator, psd).andExpect(status().isForbidden());
		assign("iopc@iopc.demo", investigator, psd).andExpect(status().isForbidden());
		assign("psd@devon-and-cornwall.demo".equals(psd) ? "psd@kent.demo" : "psd@devon-and-cornwall.demo",
				investigator, psd)
			.andExpect(status().isNotFound());
		assign("psd@greater-manchester.demo", investigator, psd).andExpect(status().isForbidden());
		// An investigator of the investigating force works cases but does not assign them.
		assign(investigator, investigator, psd).andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(actions()).doesNotContain("case.assigned");
	}

	@Test
	void bothMustBeDifferentCaseworkersOfTheInvestigatingForce() throws Exception {
		String elsewhere = "kent".equals(allocation.investigatingForce()) ? "essex" : "kent";
		String otherForcesInvestigator = InvestigationCases.newForceUser(mvc, users, jdbc, elsewhere, "INVESTIGATOR");
		assign(psd, otherForcesInvestigator, psd).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("investigator"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("investigating force")));
		assign(psd, investigator, "psd@" + elsewhere + ".demo").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("supervisor"));
		assign(psd, investigator, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("supervisor"));
		assign(psd, " ", psd).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("investigator"));
		assign(psd, investigator, investigator).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("supervisor"));
		assign(psd, "advocate@support.demo", psd).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("investigator"));
		assertThat(actions()).doesNotContain("case.assigned");
	}

	@Test
	void theAssignmentIsAuditedShownOnTheTimelineAndCanBeChanged() throws Exception {
		assign(psd, investigator.toUpperCase(), psd).andExpect(status().isOk())
			.andExpect(jsonPath("$.investigator").value(investigator))
			.andExpect(jsonPath("$.supervisor").value(psd))
			.andExpect(jsonPath("$.assignedBy").value(psd));
		assertThat(audit.entriesAbout("case " + allocation.reference(), 50)).filteredOn(e -> e.action().equals("case.assigned"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actor()).isEqualTo(psd);
				assertThat(entry.detail()).isEqualTo("investigator=" + investigator + ", supervisor=" + psd);
			});
		mvc.perform(get("/api/cases/{r}/timeline", allocation.reference())
			.header("Authorization", DemoTokens.bearer(mvc, investigator)))
			.andExpect(jsonPath("$.assignment.investigator").value(investigator))
			.andExpect(jsonPath("$.assignment.supervisor").value(psd));

		// The investigator and supervisor swap: one row a case, the audit log keeps both.
		assign(psd, psd, investigator).andExpect(status().isOk()).andExpect(jsonPath("$.investigator").value(psd));
		assertThat(actions()).filteredOn("case.assigned"::equals).hasSize(2);
		assertThat(jdbc.sql("select count(*) from case_assignment where reference = :r")
			.param("r", allocation.reference())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private java.util.List<String> actions() {
		return audit.entriesAbout("case " + allocation.reference(), 50).stream().map(AuditEntry::action).toList();
	}

	private ResultActions assign(String user, String investigator, String supervisor) throws Exception {
		return mvc.perform(put("/api/cases/{r}/assignment", allocation.reference())
			.header("Authorization", DemoTokens.bearer(mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(investigator, supervisor)));
	}

	private static String body(String investigator, String supervisor) {
		return "{\"investigator\":" + (investigator == null ? "null" : "\"" + investigator + "\"") + ",\"supervisor\":"
				+ (supervisor == null ? "null" : "\"" + supervisor + "\"") + "}";
	}

}
