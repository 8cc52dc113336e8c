package org.crossforce.investigations;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.reports.ReportApiTestData;
import org.crossforce.testing.DemoTokens;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cases for the investigation tests, made as the demo advocate makes them and allocated by the rule, with steps
 * recorded through the API as a force's system would; and extra force users, added as an administrator adds them.
 */
final class InvestigationCases {

	private InvestigationCases() {
	}

	/** Submits the advocate's report (a Greater Manchester sergeant) and waits until it is allocated. */
	static CaseAllocation allocated(MockMvc mvc, Allocations allocations) throws Exception {
		String body = mvc
			.perform(post("/api/reports").header("Authorization", DemoTokens.bearer(mvc, "advocate@support.demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ReportApiTestData.VALID))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reference = JsonPath.read(body, "$.reference");
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> allocations.of(reference), Optional::isPresent)
			.orElseThrow();
	}

	static String psd(String force) {
		return "psd@" + force + ".demo";
	}

	/** Records a step through POST /api/cases/{reference}/events. */
	static ResultActions record(MockMvc mvc, String user, String reference, String step, String on, String reason)
			throws Exception {
		String json = "{\"step\":\"" + step + "\",\"occurredOn\":\"" + on + "\""
				+ (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
		return mvc.perform(post("/api/cases/{r}/events", reference).header("Authorization", DemoTokens.bearer(mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	/**
	 * Adds an enabled user with one role to a force, through the administration page, with the demo password, and
	 * returns their username.
	 * Each is new, so tests never depend on each other's users.
	 */
	static String newForceUser(MockMvc mvc, UserDetailsService users, JdbcClient jdbc, String force, String role)
			throws Exception {
		String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + force
				+ ".example";
		long organisation = jdbc.sql("select id from organisation where code = :code")
			.param("code", force)
			.query(Long.class)
			.single();
		mvc.perform(post("/admin/users").with(user(users.loadUserByUsername("admin@crossforce.demo")))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Test " + role.toLowerCase())
			.param("organisationId", Long.toString(organisation))
			.param("roles", role)
			.param("password", DemoTokens.PASSWORD))
			.andExpect(redirectedUrl("/admin/users"));
		return username;
	}

}
