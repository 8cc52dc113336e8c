package org.crossforce.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint the application maps, tried without signing in. Only the ones listed here as public may answer;
 * everything else must ask for credentials. A new endpoint fails this test until someone decides which it is.
 */
@IntegrationTest
class EndpointAuthorisationTest {

	/** Endpoints anyone may use, as "METHOD pattern". */
	static final Set<String> PUBLIC = Set.of(
			"GET /", "GET /accessibility", "GET /sign-in",
			"GET /error", "POST /error", "PUT /error", "DELETE /error", "PATCH /error", "HEAD /error", "OPTIONS /error",
			"POST /api/tokens", "GET /api/calendar/due",
			"GET /forces", "GET /forces/map", "GET /forces/{code}", "GET /api/forces", "GET /api/forces/{code}",
			"GET /api/statistics", "GET /api/statistics/published",
			"GET /statistics", "GET /statistics/forces/{code}", "GET /statistics/forces/{code}/neighbours",
			"GET /statistics/live.ods", "GET /statistics/live.csv", "GET /statistics/live-notes.csv",
			"GET /statistics/published.ods", "GET /statistics/published.csv", "GET /statistics/published-notes.csv",
			// The super-complaints tracker: complaints past their draft, their reports and every response (issue 7).
			"GET /supercomplaints/tracker", "GET /supercomplaints/tracker/{id}",
			"GET /supercomplaints/tracker/{id}/responses.csv", "GET /api/supercomplaints/tracker",
			"GET /api/supercomplaints/tracker/{id}",
			"GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config", "GET /swagger-ui.html",
			// The victim's reporting journey: no account, by decision (issue 3). The advocate's twin is not public.
			"GET /report", "GET /report/exit", "GET /report/check", "POST /report/check", "GET /report/confirmation",
			"GET /report/accused/name", "POST /report/accused/name", "GET /report/accused/force",
			"POST /report/accused/force", "GET /report/accused/role", "POST /report/accused/role",
			"GET /report/accused/number", "POST /report/accused/number", "GET /report/accused/previous-forces",
			"POST /report/accused/previous-forces", "GET /report/relationship", "POST /report/relationship",
			"GET /report/what-happened", "POST /report/what-happened", "GET /report/when", "POST /report/when",
			"GET /report/where", "POST /report/where", "GET /report/where/map", "GET /report/where/map/{token}",
			"GET /report/account", "POST /report/account", "GET /report/evidence", "POST /report/evidence",
			"POST /report/evidence/remove", "GET /report/safety", "POST /report/safety", "GET /report/serving",
			"POST /report/serving", "GET /report/about-you", "POST /report/about-you", "GET /report/contact",
			"POST /report/contact", "GET /report/contact/safe-times", "POST /report/contact/safe-times",
			"GET /report/consent/sharing", "POST /report/consent/sharing", "GET /report/consent/statistics",
			"POST /report/consent/statistics",
			// The victim's own view: no account; the reference and passphrase open it, every page but the first needs
			// the session they give and otherwise goes back to /track (issue 4).
			"GET /track", "POST /track", "GET /track/exit", "GET /track/sign-out", "GET /track/case",
			"GET /track/messages", "POST /track/messages", "GET /track/add", "POST /track/add", "GET /track/contact",
			"POST /track/contact", "GET /track/consent", "POST /track/consent", "GET /track/consent/confirm",
			"POST /track/consent/confirm", "POST /track/review");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void onlyTheListedEndpointsAnswerWithoutSigningIn() throws Exception {
		List<String> wronglyOpen = new ArrayList<>();
		List<String> wronglyClosed = new ArrayList<>();
		for (String endpoint : endpoints()) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
			String path = pattern.replaceAll("\\{[^}]+}", "1").replace("/**", "/x");
			MvcResult result = mvc.perform(request(HttpMethod.valueOf(method), path).with(csrf())).andReturn();
			boolean askedToSignIn = path.startsWith("/api/") ? result.getResponse().getStatus() == 401
					: result.getResponse().getStatus() == 302
							&& result.getResponse().getRedirectedUrl().endsWith("/sign-in");
			if (PUBLIC.contains(endpoint) && askedToSignIn) {
				wronglyClosed.add(endpoint);
			}
			if (!PUBLIC.contains(endpoint) && !askedToSignIn) {
				wronglyOpen.add(endpoint + " -> " + result.getResponse().getStatus());
			}
		}
		assertThat(wronglyOpen).as("endpoints reachable without signing in that are not listed as public").isEmpty();
		assertThat(wronglyClosed).as("public endpoints that ask for sign-in").isEmpty();
	}

	@Test
	void theCheckReallyCoversTheApplication() {
		assertThat(endpoints()).contains("GET /account", "POST /admin/users", "GET /api/audit/verify",
				"DELETE /api/tokens/{id}", "POST /advocate/report/check", "GET /advocate/report/consent/given");
	}

	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			Set<RequestMethod> effective = methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
			info.getPatternValues()
				.forEach(pattern -> effective.forEach(method -> endpoints.add(method.name() + " " + pattern)));
		});
		return endpoints;
	}

}
