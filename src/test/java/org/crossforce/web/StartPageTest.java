package org.crossforce.web;

import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class StartPageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void explainsTheServiceInsideTheGovukLayout() throws Exception {
		Document page = Html.of(mvc.perform(get("/")).andExpect(status().isOk()).andReturn());
		assertThat(page.select("a.govuk-skip-link").attr("href")).isEqualTo("#main-content");
		assertThat(page.select("main#main-content h1").text()).isEqualTo("Crossforce");
		assertThat(page.select(".govuk-phase-banner .govuk-tag").text()).isEqualTo("Alpha");
		assertThat(page.title()).startsWith("Independent investigation").endsWith("– Crossforce");
		assertThat(page.select("main").text()).contains("666 reports").contains("call 999");
		assertThat(page.select("footer").text()).contains("Open Government Licence v3.0")
			.contains("Office for National Statistics")
			.contains("Home Office, Police workforce");
		assertThat(page.select(".crossforce-demo-notice").text()).contains("illustrative");
	}

	@Test
	void sendsAContentSecurityPolicyWhoseNonceIsOnTheOnlyInlineScript() throws Exception {
		var result = mvc.perform(get("/")).andReturn();
		String policy = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(policy).startsWith("default-src 'self'; script-src 'self' 'nonce-").contains("object-src 'none'");
		String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
		Document page = Html.of(result);
		assertThat(page.select("script:not([src])")).hasSize(1);
		assertThat(page.select("script:not([src])").attr("nonce")).isEqualTo(nonce);
		assertThat(page.select("[onclick], [onload], [onsubmit]")).isEmpty();
		assertThat(page.select("[src^=http], link[href^=http]")).as("no third-party hosts").isEmpty();
		String second = mvc.perform(get("/")).andReturn().getResponse().getHeader("Content-Security-Policy");
		assertThat(second).as("a fresh nonce on every response").isNotEqualTo(policy);
	}

	@Test
	void errorsArePagesForPeopleAndProblemDetailsForTheApi() throws Exception {
		Document page = Html.of(mvc
			.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404)
				.requestAttr("jakarta.servlet.error.request_uri", "/nothing-here")
				.accept("text/html"))
			.andExpect(status().isNotFound())
			.andReturn());
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404)
			.requestAttr("jakarta.servlet.error.request_uri", "/api/nothing-here")
			.accept("application/json"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(content().string(containsString("\"status\":404")))
			.andExpect(content().string(containsString("/api/nothing-here")));
		mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 500)
			.requestAttr("jakarta.servlet.error.request_uri", "/somewhere")
			.accept("text/html"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(containsString("Sorry, there is a problem with the service")));
	}

	@Test
	void healthIsUpAndActuatorShowsNothingElse() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().string(containsString("UP")));
		mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
	}

}
