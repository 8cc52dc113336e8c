package org.crossforce.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.crossforce.testing.Browser;
import org.crossforce.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages anyone can open without signing in, in a real browser: accessible, keyboard-usable, self-contained. */
@BrowserTest
class PublicPagesBrowserTest {

	/* A public path with nothing at it, so the 404 page answers in place. */
	private static final String NOT_FOUND = "/forces/no-such-force";

	@Test
	void startPageIsAccessibleAndExplainsTheService(Browser browser) {
		Page page = browser.open("/");
		assertThat(page.title()).startsWith("Independent investigation").endsWith("– Crossforce");
		assertThat(page.locator("main h1").textContent()).isEqualTo("Crossforce");
		assertThat(page.locator("body").getAttribute("class")).as("GOV.UK Frontend's JavaScript is enabled")
			.contains("js-enabled", "govuk-frontend-supported");
		assertThat(page.evaluate("document.fonts.ready.then(fonts => [...fonts]"
				+ ".filter(font => font.status === 'loaded').map(font => font.family.replaceAll('\"', '')))"))
			.as("typefaces loaded from GOV.UK Frontend's stylesheet, served from /assets/")
			.asList()
			.contains("GDS Transport");
		browser.assertAccessible(page, "the start page");
		browser.screenshot(page, "start");
		assertThat(browser.consoleErrors()).as("script errors and Content-Security-Policy refusals").isEmpty();
	}

	@Test
	void skipLinkIsTheFirstThingTheKeyboardReaches(Browser browser) {
		Page page = browser.open("/");
		page.keyboard().press("Tab");
		assertThat(page.evaluate("document.activeElement.className")).isEqualTo("govuk-skip-link");
		assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Skip to main content");
		assertThat(page.locator(".govuk-skip-link").boundingBox().height).as("the skip link shows when focused")
			.isGreaterThan(10);
		page.keyboard().press("Enter");
		assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main-content");
	}

	@Test
	void accessibilityStatementIsAccessible(Browser browser) {
		Page page = browser.open("/accessibility");
		assertThat(page.locator("main h1").textContent()).isEqualTo("Accessibility statement");
		browser.assertAccessible(page, "the accessibility statement");
		browser.screenshot(page, "accessibility");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void notFoundPageIsAccessibleAndLeadsBackToTheStart(Browser browser) {
		Page page = browser.open(NOT_FOUND, 404);
		assertThat(page.url()).isEqualTo(browser.url(NOT_FOUND));
		assertThat(page.locator("main h1").textContent()).isEqualTo("Page not found");
		assertThat(page.locator("main a.govuk-link").getAttribute("href")).isEqualTo("/");
		browser.assertAccessible(page, "the not-found page");
		browser.screenshot(page, "not-found");
	}

	@Test
	void pagesWorkWithoutJavaScript(Browser browser) {
		Page page = browser.openWithoutJavaScript("/");
		assertThat(page.locator("body").getAttribute("class")).doesNotContain("js-enabled");
		assertThat(page.locator("main h1").isVisible()).isTrue();
		assertThat(page.locator("main h1").textContent()).isEqualTo("Crossforce");
		assertThat(page.locator(".govuk-service-navigation__link").allTextContents()).contains("Forces", "Map",
				"Sign in");
		assertThat(page.locator(".govuk-service-navigation__link").first().isVisible()).isTrue();
		assertThat(page.locator(".govuk-service-navigation__toggle").isVisible()).as("the menu button needs JavaScript")
			.isFalse();
		browser.screenshot(page, "start-without-javascript");
	}

	@Test
	void navigationFoldsIntoAMenuOnANarrowScreen(Browser browser) {
		Page page = browser.open("/");
		page.setViewportSize(375, 700);
		page.reload();
		Locator menu = page.locator(".govuk-service-navigation__toggle");
		Locator forces = page.locator(".govuk-service-navigation__link", new Page.LocatorOptions().setHasText("Forces"));
		assertThat(menu.isVisible()).isTrue();
		assertThat(forces.isVisible()).isFalse();
		menu.click();
		assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(forces.isVisible()).isTrue();
		browser.assertAccessible(page, "the start page on a narrow screen, menu open");
		browser.screenshot(page, "start-narrow-menu-open");
	}

	@Test
	void pagesAskNothingOfAnyHostButThisOne(Browser browser) {
		browser.open("/");
		browser.open("/accessibility");
		browser.open(NOT_FOUND, 404);
		assertThat(browser.requestedUrls()).contains(browser.url("/assets/govuk-frontend.min.css"),
				browser.url("/css/crossforce.css"), browser.url("/js/crossforce.js"),
				browser.url("/assets/govuk-frontend.min.js"));
		assertThat(browser.requestedUrls()).allSatisfy(url -> assertThat(url).startsWith(browser.url("/")));
	}

}
