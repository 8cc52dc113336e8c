package org.crossforce.identity.internal;

import java.time.Instant;
import java.util.EnumSet;

import org.crossforce.identity.Role;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void theSignInPageIsAGovukFormWithACsrfToken() throws Exception {
		var page = Html.of(mvc.perform(get("/sign-in")).andExpect(status().isOk()).andReturn());
		assertThat(page.select("h1").text()).isEqualTo("Sign in");
		assertThat(page.select("form[method=post] input[name=_csrf]").attr("value")).isNotBlank();
		assertThat(page.select("label[for=username]").text()).isEqualTo("Email address");
		assertThat(page.select("input#password").attr("type")).isEqualTo("password");
	}

	@Test
	void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/sign-in").param("username", "advocate@support.demo").param("password", "test-demo-password"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDemoUserSignsInAndTheSuccessIsAudited() throws Exception {
		mvc.perform(post("/sign-in").with(csrf())
			.param("username", "advocate@support.demo")
			.param("password", "test-demo-password"))
			.andExpect(redirectedUrl("/account"));
		assertThat(lastAuditAction("user advocate@support.demo")).isEqualTo("sign-in.succeeded");
	}

	@Test
	void aWrongPasswordShowsOneMessageAndIsAudited() throws Exception {
		mvc.perform(post("/sign-in").with(csrf()).param("username", "iopc@iopc.demo").param("password", "wrong"))
			.andExpect(redirectedUrl("/sign-in?error"));
		assertThat(lastAuditAction("user iopc@iopc.demo")).isEqualTo("sign-in.failed");
		var page = Html.of(mvc.perform(get("/sign-in?error")).andReturn());
		assertThat(page.select(".govuk-error-summary a[href=#username]").text())
			.isEqualTo("Enter a correct email address and password");
		assertThat(page.select("#username").attr("aria-describedby")).isEqualTo("username-error");
	}

	@Test
	void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() throws Exception {
		String username = "throttled-" + System.nanoTime() + "@example.org";
		long organisation = accounts.organisationByCode("support-demo").orElseThrow().id();
		accounts.create(username, "Throttle test", passwords.encode("the-right-password"), organisation,
				EnumSet.of(Role.ADVOCATE), false, Instant.now());
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", "guess" + attempt))
				.andExpect(redirectedUrl("/sign-in?error"));
		}
		mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", "the-right-password"))
			.andExpect(redirectedUrl("/sign-in?locked"));
		assertThat(lastAuditAction("user " + username)).isEqualTo("sign-in.throttled");
		var page = Html.of(mvc.perform(get("/sign-in?locked")).andReturn());
		assertThat(page.select(".govuk-error-summary").text()).contains("too many failed attempts");

		// Once the failures are older than the window, the right password works again.
		jdbc.sql("update sign_in_failure set failed_at = :old where username = :u")
			.param("old", java.sql.Timestamp.from(Instant.now().minusSeconds(16 * 60)))
			.param("u", username)
			.update();
		mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", "the-right-password"))
			.andExpect(redirectedUrl("/account"));
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		MockHttpSession session = (MockHttpSession) mvc
			.perform(post("/sign-in").with(csrf())
				.param("username", "college@college.demo")
				.param("password", "test-demo-password"))
			.andReturn()
			.getRequest()
			.getSession();
		mvc.perform(get("/account").session(session)).andExpect(status().isOk());
		mvc.perform(post("/sign-out").with(csrf()).session(session)).andExpect(redirectedUrl("/sign-in?signedOut"));
		assertThat(session.isInvalid()).isTrue();
		mvc.perform(get("/account")).andExpect(redirectedUrl("/sign-in"));
	}

	private String lastAuditAction(String subject) {
		return jdbc.sql("select action from audit_entry where subject = :s order by sequence desc limit 1")
			.param("s", subject)
			.query(String.class)
			.single();
	}

}
