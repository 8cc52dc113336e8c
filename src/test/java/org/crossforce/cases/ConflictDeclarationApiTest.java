package org.crossforce.cases;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * POST /api/cases/{reference}/declarations, for the advocate's report about a Greater Manchester sergeant who served
 * in Cheshire: unhappy paths first, then declaring no connection (the victim's details open) and declaring one (the
 * declarant is removed from the case, and every later attempt is refused and alerted), with the audit behind each.
 */
@IntegrationTest
class ConflictDeclarationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

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
	void notSignedInIsAskedForCredentials() throws Exception {
		mvc.perform(post("/api/cases/{r}/declarations", reference).contentType(MediaType.APPLICATION_JSON)
			.content("{\"connection\": false}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(declarations()).isEmpty();
	}

	@Test
	void onlyTheInvestigatingForcesCaseworkersMayDeclare() throws Exception {
		long alertsBefore = alerts();
		declare("psd@greater-manchester.demo", "{\"connection\": false}").andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The accused's own force receives only the restricted conduct notice."));
		assertThat(alerts()).isEqualTo(alertsBefore + 1);
		declare("iopc@iopc.demo", "{\"connection\": false}").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail")
				.value("Only the investigating force's caseworkers declare conflicts of interest for a case."));
		declare("advocate@support.demo", "{\"connection\": false}").andExpect(status().isForbidden());
		declare("admin@crossforce.demo", "{\"connection\": false}").andExpect(status().isForbidden());
		declare("psd@devon-and-cornwall.demo", "{\"connection\": false}").andExpect(status().isNotFound());
		declare(investigator, "{\"connection\": false}", "CF-ZZZZ-ZZZZ").andExpect(status().isNotFound());
		assertThat(declarations()).isEmpty();
		assertThat(audit("iopc@iopc.demo")).containsExactly("case.declaration.refused");
		assertThat(audit("psd@greater-manchester.demo")).containsExactly("access.refused.conflicted");
	}

	@Test
	void badInputIsA400NamingTheField() throws Exception {
		declare(investigator, "{}").andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("connection"));
		declare(investigator, "{\"connection\": true}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter what the connection is"));
		declare(investigator, "{\"connection\": true, \"note\": \"   \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		declare(investigator, "{\"connection\": true, \"note\": \"" + "x".repeat(1001) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"))
			.andExpect(jsonPath("$.errors[0].message").value("What the connection is must be 1,000 characters or fewer"));
		declare(investigator, "{\"connection\": \"perhaps\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("connection"));
		declare(investigator, "not json").andExpect(status().isBadRequest());
		assertThat(declarations()).isEmpty();
		// A full 1,000 characters is fine.
		declare(investigator, "{\"connection\": true, \"note\": \"" + "x".repeat(1000) + "\"}")
			.andExpect(status().isCreated());
	}

	@Test
	void declaringNoConnectionOpensTheVictimsDetailsOnce() throws Exception {
		read(investigator).andExpect(status().isOk()).andExpect(jsonPath("$.victim").doesNotExist());

		declare(investigator, "{\"connection\": false, \"note\": \"ignored without a connection\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reference").value(reference))
			.andExpect(jsonPath("$.username").value(investigator))
			.andExpect(jsonPath("$.connection").value(false))
			.andExpect(jsonPath("$.note").doesNotExist())
			.andExpect(jsonPath("$.declaredAt").exists());
		assertThat(audit(investigator)).contains("case.declaration.none");

		read(investigator).andExpect(status().isOk())
			.andExpect(jsonPath("$.victim.givenNames").value("Sam"))
			.andExpect(jsonPath("$.account.narrative").exists())
			.andExpect(jsonPath("$.files[0].filename").value("notes.txt"));

		declare(investigator, "{\"connection\": true, \"note\": \"Second thoughts\"}").andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail")
				.value("You have already made your declaration for this case. It cannot be changed."));
		assertThat(jdbc.sql("select connection from conflict_declaration where reference = :r")
			.param("r", reference)
			.query(Boolean.class)
			.list()).containsExactly(false);
	}

	@Test
	void declaringAConnectionRemovesTheDeclarantFromTheCaseForGood() throws Exception {
		String note = "The victim is my sister's neighbour.";
		declare(investigator, "{\"connection\": true, \"note\": \"" + note + "\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.connection").value(true))
			.andExpect(jsonPath("$.note").value(note));
		assertThat(audit(investigator)).containsExactly("case.declaration.connection");
		// The note is stored only encrypted, and never written to the audit log.
		byte[] stored = jdbc.sql("select note_enc from conflict_declaration where reference = :r")
			.param("r", reference)
			.query(byte[].class)
			.single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("neighbour");
		assertThat(jdbc.sql("select detail from audit_entry where subject = :s")
			.param("s", "case " + reference)
			.query(String.class)
			.list()).noneMatch(detail -> detail.contains("neighbour"));

		long alertsBefore = alerts();
		read(investigator).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail")
				.value("You declared a connection with the accused or the victim, so you have been removed from this case."));
		assertThat(alerts()).isEqualTo(alertsBefore + 1);
		assertThat(jdbc.sql("select reason from access_alert where subject = :s and actor = :a")
			.param("s", "case " + reference)
			.param("a", investigator)
			.query(String.class)
			.list()).containsExactly("cases.refused.declaredConnection");
		mvc.perform(get("/api/cases/{r}/timeline", reference).header("Authorization", DemoTokens.bearer(mvc, investigator)))
			.andExpect(status().isForbidden());

		declare(investigator, "{\"connection\": false}").andExpect(status().isConflict());
	}

	private ResultActions declare(String username, String body) throws Exception {
		return declare(username, body, reference);
	}

	private ResultActions declare(String username, String body, String to) throws Exception {
		return mvc.perform(post("/api/cases/{r}/declarations", to)
			.header("Authorization", DemoTokens.bearer(mvc, username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions read(String username) throws Exception {
		return mvc.perform(get("/api/cases/{r}", reference).header("Authorization", DemoTokens.bearer(mvc, username)));
	}

	private List<String> declarations() {
		return jdbc.sql("select username from conflict_declaration where reference = :r")
			.param("r", reference)
			.query(String.class)
			.list();
	}

	private long alerts() {
		return jdbc.sql("select count(*) from access_alert").query(Long.class).single();
	}

	private List<String> audit(String actor) {
		return jdbc.sql("""
				select action from audit_entry where actor = :a and subject = :s and action like 'case.declaration%'
				  or actor = :a and subject = :s and action = 'access.refused.conflicted' order by sequence""")
			.param("a", actor)
			.param("s", "case " + reference)
			.query(String.class)
			.list();
	}

}
