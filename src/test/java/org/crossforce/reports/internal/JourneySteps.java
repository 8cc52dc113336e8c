package org.crossforce.reports.internal;

import java.util.ArrayList;
import java.util.List;

import org.crossforce.testing.Html;
import org.jsoup.nodes.Document;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One person's way through a reporting journey in MockMvc: one session throughout, CSRF tokens on every POST, and a
 * record of every address and page title seen, so tests can check that none of them gives an answer away.
 */
final class JourneySteps {

	final MockMvc mvc;

	final MockHttpSession session = new MockHttpSession();

	/** {@code /report} or {@code /advocate/report}. */
	final String base;

	private final RequestPostProcessor user;

	final List<String> addresses = new ArrayList<>();

	final List<String> titles = new ArrayList<>();

	JourneySteps(MockMvc mvc, String base, RequestPostProcessor user) {
		this.mvc = mvc;
		this.base = base;
		this.user = user;
	}

	static JourneySteps victim(MockMvc mvc) {
		return new JourneySteps(mvc, "/report", null);
	}

	/** GETs a page of the journey (a path under the base, or a full path) and expects it to answer 200. */
	Document page(String path) throws Exception {
		MvcResult result = perform(get(address(path)));
		assertThat(result.getResponse().getStatus()).as("GET %s", address(path)).isEqualTo(200);
		return parse(result);
	}

	/** Opens a question's page, POSTs an answer, expects a redirect, and returns where it leads. */
	String answer(String path, String... parameters) throws Exception {
		page(path);
		MvcResult result = perform(withParameters(post(address(path)), parameters).with(csrf()));
		assertThat(result.getResponse().getRedirectedUrl())
			.as("POST %s should redirect, answered %s: %s", address(path), result.getResponse().getStatus(),
					Html.of(result).select(".govuk-error-summary").text())
			.isNotNull();
		addresses.add(result.getResponse().getRedirectedUrl());
		return result.getResponse().getRedirectedUrl();
	}

	/** POSTs an answer that should be refused, and returns the page explaining why. */
	Document refused(String path, String... parameters) throws Exception {
		MvcResult result = perform(withParameters(post(address(path)), parameters).with(csrf()));
		assertThat(result.getResponse().getStatus()).as("POST %s", address(path)).isEqualTo(200);
		return parse(result);
	}

	/** POSTs the evidence page's multipart form. */
	MvcResult upload(MockMultipartHttpServletRequestBuilder request, String... parameters) throws Exception {
		MvcResult result = perform(withParameters(request, parameters).with(csrf()));
		if (result.getResponse().getRedirectedUrl() != null) {
			addresses.add(result.getResponse().getRedirectedUrl());
		}
		return result;
	}

	MockMultipartHttpServletRequestBuilder evidenceForm() {
		return multipart(address("evidence"));
	}

	MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		request.session(session);
		if (user != null) {
			request.with(user);
		}
		MvcResult result = mvc.perform(request).andReturn();
		addresses.add(result.getRequest().getRequestURI()
				+ (result.getRequest().getQueryString() == null ? "" : "?" + result.getRequest().getQueryString()));
		return result;
	}

	String address(String path) {
		return path.startsWith("/") ? path : base + "/" + path;
	}

	private Document parse(MvcResult result) {
		Document page = Html.of(result);
		titles.add(page.title());
		return page;
	}

	private static <T extends AbstractMockHttpServletRequestBuilder<?>> T withParameters(T request, String... parameters) {
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return request;
	}

	/** Answers every question of a named report, checking each leads to the next; ends on "check your answers". */
	void answerAllNamed() throws Exception {
		answerAboutTheAccused();
		answerWhatHappened();
		assertThat(answer("safety", "concerns", "POLICE_SYSTEMS_ACCESS", "concerns", "TOLD_WILL_NOT_BE_BELIEVED"))
			.isEqualTo(address("serving"));
		assertThat(answer("serving", "serves", "true", "force", "cumbria")).isEqualTo(address("about-you"));
		assertThat(answer("about-you", "giveName", "true", "givenNames", "Ottoline", "familyName", "Fairweather"))
			.isEqualTo(address("contact"));
		assertThat(answer("contact", "channel", "EMAIL", "email", "ottoline.f@example.org"))
			.isEqualTo(address("contact/safe-times"));
		assertThat(answer("contact/safe-times", "safeTimes", "Weekdays between 10 and 2", "leaveMessages", "false"))
			.isEqualTo(address("consent/sharing"));
		answerConsent();
	}

	/** Answers every question of an anonymous report; ends on "check your answers". */
	void answerAllAnonymous() throws Exception {
		answerAboutTheAccused();
		answerWhatHappened();
		assertThat(answer("safety", "concerns", "NONE")).isEqualTo(address("serving"));
		assertThat(answer("serving", "serves", "false")).isEqualTo(address("about-you"));
		assertThat(answer("about-you", "giveName", "false")).as("an anonymous report is not asked for contact details")
			.isEqualTo(address("consent/sharing"));
		answerConsent();
	}

	void answerAboutTheAccused() throws Exception {
		assertThat(answer("accused/name", "givenNames", "Quentin", "familyName", "Marchbanks"))
			.isEqualTo(address("accused/force"));
		assertThat(answer("accused/force", "force", "greater-manchester")).isEqualTo(address("accused/role"));
		assertThat(answer("accused/role", "role", "OFFICER", "rank", "Sergeant")).isEqualTo(address("accused/number"));
		assertThat(answer("accused/number", "identifier", "GM 4321")).isEqualTo(address("accused/previous-forces"));
		assertThat(answer("accused/previous-forces", "forces", "cheshire", "forces", "merseyside"))
			.isEqualTo(address("relationship"));
	}

	void answerWhatHappened() throws Exception {
		assertThat(answer("relationship", "relationship", "INTIMATE_PARTNERS")).isEqualTo(address("what-happened"));
		assertThat(answer("what-happened", "kinds", "CONTROLLING_OR_COERCIVE", "kinds", "ECONOMIC"))
			.isEqualTo(address("when"));
		assertThat(answer("when", "fromDay", "10", "fromMonth", "1", "fromYear", "2025", "toDay", "30", "toMonth", "6",
				"toYear", "2025"))
			.isEqualTo(address("where"));
		assertThat(answer("where", "force", "lancashire")).isEqualTo(address("account"));
		assertThat(answer("account", "narrative", "He read my messages every night by the lantern and said no one "
				+ "would believe me over a sergeant."))
			.isEqualTo(address("evidence"));
		MvcResult evidence = upload(evidenceForm(), "action", "continue");
		assertThat(evidence.getResponse().getRedirectedUrl()).isEqualTo(address("safety"));
	}

	void answerConsent() throws Exception {
		assertThat(answer("consent/sharing", "share", "true")).isEqualTo(address("consent/statistics"));
		answer("consent/statistics", "anonymisedUse", "true");
	}

}
