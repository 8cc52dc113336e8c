package org.crossforce.testing;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bearer tokens for the demo accounts, got the way an API client gets them: POST /api/tokens. */
public final class DemoTokens {

	/** The demo password in the test profile (application-test.properties). */
	public static final String PASSWORD = "test-demo-password";

	private DemoTokens() {
	}

	public static String tokenFor(MockMvc mvc, String username) throws Exception {
		String body = mvc
			.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	/** The value of an Authorization header for the user. */
	public static String bearer(MockMvc mvc, String username) throws Exception {
		return "Bearer " + tokenFor(mvc, username);
	}

}
