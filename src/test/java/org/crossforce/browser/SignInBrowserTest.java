package org.crossforce.browser;

import com.microsoft.playwright.Page;
import org.crossforce.testing.Browser;
import org.crossforce.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in, the account page and signing out, as a person would, with axe on every page. */
@BrowserTest
class SignInBrowserTest {

	@Test
	void aWrongPasswordIsExplainedAccessibly(Browser browser) {
		Page page = browser.open("/sign-in");
		browser.assertAccessible(page, "the sign-in page");
		page.fill("#username", "iopc@iopc.demo");
		page.fill("#password", "not the password");
		page.click("button[type=submit]");
		page.waitForURL(browser.url("/sign-in?error"));
		assertThat(page.locator(".govuk-error-summary").textContent())
			.contains("Enter a correct email address and password");
		browser.assertAccessible(page, "the sign-in page with an error");
		browser.screenshot(page, "sign-in-error");
	}

	@Test
	void anAdministratorSignsInCreatesATokenAndSignsOut(Browser browser) {
		Page page = browser.signIn("admin@crossforce.demo");
		assertThat(page.locator("main h1").textContent()).isEqualTo("Your account");
		browser.assertAccessible(page, "the account page");

		page.fill("#label", "Browser test");
		page.click("form[action='/account/tokens'] button");
		page.locator("#issued-token").waitFor();
		assertThat(page.locator("#issued-token").textContent()).hasSizeGreaterThan(40);
		browser.assertAccessible(page, "the account page showing a new token");
		browser.screenshot(page, "account-token-created");

		page.navigate(browser.url("/admin/users"));
		assertThat(page.locator("main h1").textContent()).isEqualTo("Users");
		browser.assertAccessible(page, "the users page");
		page.navigate(browser.url("/admin/users/new"));
		page.click("main button[type=submit]");
		page.locator(".govuk-error-summary").waitFor();
		browser.assertAccessible(page, "the add-a-user page with errors");
		browser.screenshot(page, "add-user-errors");

		browser.signOut(page);
		assertThat(page.locator(".govuk-notification-banner").textContent()).contains("You have signed out");
	}


	@Test
	void aPageOutsideYourRoleShowsTheForbiddenPage(Browser browser) {
		browser.signIn("advocate@support.demo");
		Page forbidden = browser.open("/admin/users", 403);
		assertThat(forbidden.locator("main h1").textContent()).isEqualTo("You do not have permission to see this page");
		browser.assertAccessible(forbidden, "the forbidden page");
		browser.screenshot(forbidden, "forbidden");
	}

}
