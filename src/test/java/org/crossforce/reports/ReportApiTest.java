package org.crossforce.reports;

import java.util.Base64;

import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/reports: who may call it, what it refuses, and what it stores. */
@IntegrationTest
class ReportApiTest {

	static final String VALID = ReportApiTestData.VALID;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void notSignedInIsRefused() throws Exception {
		mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void rolesWithoutReportingDutiesAreRefused() throws Exception {
		submit(VALID, "inspector@hmicfrs.demo").andExpect(status().isForbidden());
		submit(VALID, "admin@crossforce.demo").andExpect(status().isForbidden());
	}

	@Test
	void anAdvocatesReportIsStoredEncryptedAndAcknowledgedWithAReceipt() throws Exception {
		String body = submit(VALID, "advocate@support.demo").andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/cases/CF-")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reference = JsonPath.read(body, "$.reference");
		String passphrase = JsonPath.read(body, "$.passphrase");
		assertThat(reference).matches("CF-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(passphrase).matches("([0-9A-Z]{4}-){3}[0-9A-Z]{4}");

		var row = jdbc.sql("select * from report where reference = :r").param("r", reference).query().singleRow();
		assertThat(row.get("submitted_by_org")).isEqualTo("support-demo");
		assertThat(row.get("accused_force")).isEqualTo("greater-manchester");
		assertThat((String) row.get("passphrase_hash")).startsWith("$argon2id$").doesNotContain(passphrase);
		for (String column : new String[] { "victim_identity_enc", "victim_contact_enc", "narrative_enc",
				"accused_names_enc", "accused_identifier_enc" }) {
			String stored = new String((byte[]) row.get(column), java.nio.charset.StandardCharsets.ISO_8859_1);
			assertThat(stored).as(column).doesNotContain("Sam").doesNotContain("Alex").doesNotContain("phone")
				.doesNotContain("1234");
		}
		assertThat(jdbc.sql("select action from audit_entry where subject = :s")
			.param("s", "case " + reference)
			.query(String.class)
			.list()).contains("report.submitted");
	}

	@Test
	void unknownForcesAreNamed() throws Exception {
		submit(VALID.replace("\"previousForces\": [\"cheshire\"]", "\"previousForces\": [\"atlantis\"]"),
				"advocate@support.demo")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("accused.previousForces[0]"));
	}

	@Test
	void futureDatesAreNamed() throws Exception {
		submit(VALID.replace("\"occurredTo\": \"2025-06-30\"", "\"occurredTo\": \"2999-01-01\""),
				"advocate@support.demo")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredTo"));
	}

	@Test
	void oversizeTextIsNamed() throws Exception {
		submit(VALID.replace("He checked my phone", "x".repeat(NewReport.MAX_NARRATIVE + 1)),
				"advocate@support.demo")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("narrative"));
	}

	@Test
	void malformedJsonAndWrongEnumsAreProblems() throws Exception {
		submit("{\"accused\": {", "advocate@support.demo").andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		submit(VALID.replace("\"OFFICER\"", "\"CHIEF\""), "advocate@support.demo").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("accused.role"));
	}

	@Test
	void consentOnAVictimsBehalfMustSayHowAndWhen() throws Exception {
		submit(VALID.replace("\"givenHow\": \"IN_PERSON\", ", ""), "advocate@support.demo")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consent.givenHow"));
	}

	@Test
	void evidenceIsJudgedByItsContentNotItsName() throws Exception {
		String executable = Base64.getEncoder().encodeToString(new byte[] { 'M', 'Z', 0, 0, 1, 2 });
		submit(VALID.replace("\"consent\"", "\"evidence\": [{\"filename\": \"photo.png\", \"content\": \"" + executable
				+ "\"}], \"consent\""), "advocate@support.demo")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("evidence[0]"));
		String png = Base64.getEncoder()
			.encodeToString(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0 });
		submit(VALID.replace("\"consent\"", "\"evidence\": [{\"filename\": \"notes.txt\", \"content\": \"" + png
				+ "\"}], \"consent\""), "advocate@support.demo")
			.andExpect(status().isCreated());
	}

	private ResultActions submit(String json, String username) throws Exception {
		return mvc.perform(post("/api/reports").header("Authorization", DemoTokens.bearer(mvc, username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}


	@Test
	void anAnonymousVictimMayNameOnlyTheirForceAndNotHalfANameOrContactDetails() throws Exception {
		String anonymousServing = VALID.replace("\"givenNames\": \"Sam\", \"familyName\": \"Sample\", \"servesWithForce\": null,",
				"\"servesWithForce\": \"lancashire\",")
			.replace("\"contact\": {\"preferred\": \"EMAIL\", \"email\": \"sam@example.org\", \"leaveMessages\": false}",
					"\"contact\": {\"preferred\": \"NONE\"}");
		assertThat(anonymousServing).doesNotContain("Sam");
		submit(anonymousServing, "advocate@support.demo").andExpect(status().isCreated());
		submit(VALID.replace("\"familyName\": \"Sample\"", "\"familyName\": \"\""), "advocate@support.demo")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("victim.familyName"));
		submit(anonymousServing.replace("{\"preferred\": \"NONE\"}", "{\"preferred\": \"PHONE\", \"phone\": \"0161 000\"}"),
				"advocate@support.demo")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("victim.contact"));
	}

}
