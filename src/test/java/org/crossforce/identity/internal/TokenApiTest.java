package org.crossforce.identity.internal;

import java.time.Duration;
import java.time.Instant;

import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TokenApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void malformedJsonIsAProblemNotAStackTrace() throws Exception {
		mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"username\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The request body is not valid JSON."))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
	}

	@Test
	void missingFieldsAreNamed() throws Exception {
		mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"a@b.c\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("password"));
	}

	@Test
	void badCredentialsAre401ProblemDetails() throws Exception {
		mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"inspector@hmicfrs.demo\",\"password\":\"not-it\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Enter a correct email address and password"));
	}

	@Test
	void aTokenWorksUntilRevokedAndOnlyItsHashIsStored() throws Exception {
		String token = issue("admin@crossforce.demo");
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = :h")
			.param("h", ApiTokens.hash(token))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t")
			.param("t", token)
			.query(Long.class)
			.single()).isZero();

		String list = mvc.perform(get("/api/tokens").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].active").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Number id = JsonPath.read(list, "$[0].id");

		mvc.perform(delete("/api/tokens/{id}", id).header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/tokens").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(jdbc.sql("select action from audit_entry where subject = :s order by sequence")
			.param("s", "token " + id)
			.query(String.class)
			.list()).containsExactly("token.created", "token.revoked");
	}

	@Test
	void aTokenLastsEightHoursAndThenStopsWorking() throws Exception {
		String body = mvc
			.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"college@college.demo\",\"password\":\"test-demo-password\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Instant expiresAt = Instant.parse(JsonPath.read(body, "$.expiresAt"));
		assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofMinutes(479), Duration.ofHours(8));
		String token = JsonPath.read(body, "$.token");
		jdbc.sql("update api_token set expires_at = :past where token_hash = :h")
			.param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
			.param("h", ApiTokens.hash(token))
			.update();
		mvc.perform(get("/api/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void nobodyCanRevokeSomeoneElsesToken() throws Exception {
		String mine = issue("iopc@iopc.demo");
		String theirs = issue("inspector@hmicfrs.demo");
		long theirId = jdbc.sql("select id from api_token where token_hash = :h")
			.param("h", ApiTokens.hash(theirs))
			.query(Long.class)
			.single();
		mvc.perform(delete("/api/tokens/{id}", theirId).header("Authorization", "Bearer " + mine))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/tokens").header("Authorization", "Bearer " + theirs)).andExpect(status().isOk());
	}

	@Test
	void listingTokensNeedsAToken() throws Exception {
		mvc.perform(get("/api/tokens"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/tokens").header("Authorization", "Bearer made-up"))
			.andExpect(status().isUnauthorized());
	}

	private String issue(String username) throws Exception {
		return DemoTokens.tokenFor(mvc, username);
	}

}
