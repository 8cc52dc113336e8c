package org.crossforce.reports;

import java.util.List;
import java.util.Map;

import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Property tests of POST /api/reports: whatever a client sends, random or broken, the answer is a report stored
 * (201) or a problem naming what is wrong (400) — never a server error — and a refused request leaves nothing
 * behind. Seeds are fixed, so a failure reproduces.
 */
@IntegrationTest
class ReportApiPropertiesTest {

	private static final List<String> FIELDS = List.of("accused", "accused.givenNames", "accused.familyName",
			"accused.force", "accused.role", "accused.rank", "accused.identifier", "accused.previousForces", "victim",
			"victim.givenNames", "victim.contact", "victim.contact.email", "victim.contact.phone",
			"victim.contact.preferred", "relationship", "abuseKinds", "incidentForce", "occurredFrom", "occurredTo",
			"narrative", "referralIndicators", "referralIndicators.seriousInjury", "consent",
			"consent.shareWithInvestigatingForce", "consent.givenHow", "consent.givenOn");

	/** Values of every JSON type, including ones too long, in the future, or naming no force. */
	private static final List<Object> VALUES = List.of("", " ", "x".repeat(300), "z".repeat(60_000), "atlantis",
			"kent", "2999-12-31", "2024-02-30", "not a date", "OFFICER", "NOT_A_ROLE", -1, 0, 3.5, true, false,
			List.of(), List.of("atlantis"), List.of(1, 2), Map.of(), Map.of("unexpected", "x"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	String bearer;

	@BeforeEach
	void signIn() throws Exception {
		bearer = DemoTokens.bearer(mvc, "advocate@support.demo");
	}

	@Test
	void anyFieldSetToAnyValueIsStoredOrRefusedByName() {
		Gen<String> fields = integers().between(0, FIELDS.size() - 1).map(FIELDS::get);
		Gen<Object> values = integers().between(0, VALUES.size() - 1).map(VALUES::get);
		qt().withExamples(120).withFixedSeed(20261124L).forAll(fields, values).checkAssert((field, value) -> {
			ObjectNode report = (ObjectNode) json.readTree(ReportApiTestData.VALID);
			set(report, field, value);
			MvcResult result = post(json.writeValueAsString(report));
			assertStoredOrRefusedCleanly(result, field + " = " + abbreviated(value));
		});
	}

	@Test
	void brokenJsonIsAlwaysAProblemAndNeverAHalfWrittenReport() {
		String valid = ReportApiTestData.VALID;
		Gen<String> broken = integers().between(1, valid.length() - 2)
			.zip(strings().allPossible().ofLengthBetween(0, 3), integers().between(0, 2), (at, junk, how) -> switch (how) {
				case 0 -> valid.substring(0, at);
				case 1 -> valid.substring(0, at) + junk + valid.substring(at + 1);
				default -> valid.substring(0, at) + valid.substring(at + 1);
			});
		qt().withExamples(120).withFixedSeed(42L).forAll(broken).checkAssert(body -> {
			MvcResult result = post(body);
			assertStoredOrRefusedCleanly(result, body);
		});
	}

	private void assertStoredOrRefusedCleanly(MvcResult result, String what) {
		int status = result.getResponse().getStatus();
		assertThat(status).as("status for %s", what).isIn(201, 400);
		if (status == 400) {
			assertThat(result.getResponse().getContentType()).as(what).startsWith("application/problem+json");
			String body = contentOf(result);
			assertThat((String) JsonPath.read(body, "$.detail")).as(what).isNotBlank();
			assertThat(body).as(what).doesNotContain("Exception").doesNotContain("at org.");
		}
		else {
			String reference = JsonPath.read(contentOf(result), "$.reference");
			assertThat(jdbc.sql("select count(*) from report where reference = :r")
				.param("r", reference)
				.query(Long.class)
				.single()).isOne();
		}
	}

	private MvcResult post(String body) {
		long before = reports();
		try {
			MvcResult result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/reports")
				.header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andReturn();
			long after = reports();
			assertThat(after - before).as("reports stored for one request answered %d",
					result.getResponse().getStatus()).isEqualTo(result.getResponse().getStatus() == 201 ? 1 : 0);
			return result;
		}
		catch (Exception failure) {
			throw new AssertionError(failure);
		}
	}

	private long reports() {
		return jdbc.sql("select count(*) from report").query(Long.class).single();
	}

	private void set(ObjectNode root, String path, Object value) {
		String[] parts = path.split("\\.");
		ObjectNode node = root;
		for (int i = 0; i < parts.length - 1; i++) {
			if (!(node.get(parts[i]) instanceof ObjectNode child)) {
				return;
			}
			node = child;
		}
		node.set(parts[parts.length - 1], json.valueToTree(value));
	}

	private static String contentOf(MvcResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static String abbreviated(Object value) {
		String text = String.valueOf(value);
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

}
