package org.crossforce.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The two ways to verify the audit chain: the administrators' API and the command line. */
@IntegrationTest
class AuditVerificationEndpointsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theApiNeedsAnAdministrator() throws Exception {
		mvc.perform(get("/api/audit/verify"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/audit/verify").header("Authorization", "Bearer " + token("iopc@iopc.demo")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anAdministratorGetsTheResultAndTheCheckIsItselfAudited() throws Exception {
		String admin = token("admin@crossforce.demo");
		mvc.perform(get("/api/audit/verify").header("Authorization", "Bearer " + admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.entries").isNumber())
			.andExpect(jsonPath("$.firstBrokenSequence").doesNotExist());
		String again = mvc.perform(get("/api/audit/verify").header("Authorization", "Bearer " + admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(((Number) JsonPath.read(again, "$.entries")).longValue()).isPositive();
	}

	@Test
	void theCommandPrintsTheResultAndSetsTheExitCode() throws Exception {
		ApplicationRunner command = (ApplicationRunner) context.getBean("auditVerifyCommand");
		PrintStream original = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true));
		try {
			command.run(new DefaultApplicationArguments("audit-verify"));
		}
		finally {
			System.setOut(original);
		}
		assertThat(printed.toString()).matches("(?s)\\{\"valid\":true,\"entries\":\\d+,\"firstBrokenSequence\":null}\\s*");
		assertThat(((ExitCodeGenerator) command).getExitCode()).isZero();
	}

	private String token(String username) throws Exception {
		return DemoTokens.tokenFor(mvc, username);
	}

}
