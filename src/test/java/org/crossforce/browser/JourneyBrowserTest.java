package org.crossforce.browser;

import java.util.Arrays;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.crossforce.testing.Browser;
import org.crossforce.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The victim's reporting journey in Chromium, as a person would go through it, from the start page to the
 * confirmation: every page checked with axe-core and kept as a screenshot, and a question answered with JavaScript
 * off.
 */
@BrowserTest
class JourneyBrowserTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };

	@Test
	void aVictimReportsFromStartToConfirmation(Browser browser) {
		Page page = browser.open("/report");
		check(browser, page, "01-start");
		assertThat(page.locator(".govuk-exit-this-page a").getAttribute("href")).isEqualTo("/report/exit");
		page.click("a.govuk-button--start");
		next(browser, page, "/report/accused/name");

		continueOn(page);
		page.locator(".govuk-error-summary").waitFor();
		assertThat(page.title()).startsWith("Error: ");
		check(browser, page, "02-accused-name-errors");
		page.fill("#givenNames", "Quentin");
		page.fill("#familyName", "Marchbanks");
		check(browser, page, "03-accused-name");
		continueOn(page);

		next(browser, page, "/report/accused/force");
		page.selectOption("#force", "greater-manchester");
		check(browser, page, "04-accused-force");
		continueOn(page);

		next(browser, page, "/report/accused/role");
		assertThat(page.locator("#rank").isVisible()).as("the rank shows only for an officer").isFalse();
		page.check("#role");
		assertThat(page.locator("#rank").isVisible()).isTrue();
		page.fill("#rank", "Sergeant");
		check(browser, page, "05-accused-role");
		continueOn(page);

		next(browser, page, "/report/accused/number");
		page.fill("#identifier", "GM 4321");
		check(browser, page, "06-accused-number");
		continueOn(page);

		next(browser, page, "/report/accused/previous-forces");
		page.check("input[name=forces][value=cheshire]");
		page.check("#forces-none");
		assertThat(page.isChecked("input[name=forces][value=cheshire]")).as("'None' clears the forces ticked").isFalse();
		page.check("input[name=forces][value=cheshire]");
		check(browser, page, "07-previous-forces");
		continueOn(page);

		next(browser, page, "/report/relationship");
		page.check("input[name=relationship][value=INTIMATE_PARTNERS]");
		check(browser, page, "08-relationship");
		continueOn(page);

		next(browser, page, "/report/what-happened");
		page.check("input[name=kinds][value=CONTROLLING_OR_COERCIVE]");
		page.check("input[name=kinds][value=ECONOMIC]");
		check(browser, page, "09-what-happened");
		continueOn(page);

		next(browser, page, "/report/when");
		page.fill("#fromDay", "10");
		page.fill("#fromMonth", "1");
		page.fill("#fromYear", "2025");
		check(browser, page, "10-when");
		continueOn(page);

		next(browser, page, "/report/where");
		check(browser, page, "11-where");
		page.click("text=Choose the area on a map instead");
		next(browser, page, "/report/where/map");
		check(browser, page, "12-where-map");
		page.locator("ul.crossforce-map-list a", new Page.LocatorOptions().setHasText("Lancashire Constabulary")).click();

		next(browser, page, "/report/account");
		page.fill("#narrative", "He read my messages every night and said no one would believe me over a sergeant.");
		assertThat(page.locator(".govuk-character-count__status").textContent())
			.as("GOV.UK's character count, counting down").contains("characters remaining");
		check(browser, page, "13-account");
		continueOn(page);

		next(browser, page, "/report/evidence");
		check(browser, page, "14-evidence");
		page.setInputFiles("input[type=file]", new FilePayload("bruise.png", "image/png", PNG));
		page.click("button[value=add]");
		page.locator(".govuk-notification-banner--success").waitFor();
		check(browser, page, "15-evidence-added");
		page.setInputFiles("input[type=file]", new FilePayload("video.png", "image/png", Arrays.copyOf(PNG, 11 * 1024 * 1024)));
		page.click("button[value=add]");
		page.locator(".govuk-error-summary").waitFor();
		assertThat(page.locator("#file-error").textContent())
			.as("a file the container refuses for its size is explained beside the field")
			.contains("The selected file must be smaller than 10 MB");
		assertThat(page.url()).isEqualTo(browser.url("/report/evidence"));
		check(browser, page, "16-evidence-too-large");
		page.click("button[value=continue]");

		next(browser, page, "/report/safety");
		page.check("input[name=concerns][value=POLICE_SYSTEMS_ACCESS]");
		page.check("input[name=concerns][value=TOLD_WILL_NOT_BE_BELIEVED]");
		check(browser, page, "17-safety");
		continueOn(page);

		next(browser, page, "/report/serving");
		page.check("#serves");
		page.selectOption("#force", "cumbria");
		check(browser, page, "18-serving");
		continueOn(page);

		next(browser, page, "/report/about-you");
		page.check("#giveName");
		page.fill("#givenNames", "Ottoline");
		page.fill("#familyName", "Fairweather");
		check(browser, page, "19-about-you");
		continueOn(page);

		next(browser, page, "/report/contact");
		page.check("#channel");
		page.fill("#email", "o.fairweather@lancashire.police.uk");
		check(browser, page, "20-contact");
		continueOn(page);
		page.locator("#police-email-warning").waitFor();
		check(browser, page, "21-contact-police-email-warning");
		continueOn(page);

		next(browser, page, "/report/contact/safe-times");
		page.fill("#safeTimes", "Weekdays between 10 and 2");
		page.check("#leaveMessages-2");
		check(browser, page, "22-contact-safe-times");
		continueOn(page);

		next(browser, page, "/report/consent/sharing");
		page.check("#share");
		check(browser, page, "23-consent-sharing");
		continueOn(page);

		next(browser, page, "/report/consent/statistics");
		page.check("#anonymisedUse");
		check(browser, page, "24-consent-statistics");
		continueOn(page);

		next(browser, page, "/report/check");
		assertThat(page.locator("main .govuk-summary-list").first().textContent()).contains("Quentin Marchbanks");
		assertThat(page.locator("main .govuk-warning-text").textContent()).contains("This looks like a police email address");
		check(browser, page, "25-check-your-answers");
		page.click("#send");

		next(browser, page, "/report/confirmation");
		assertThat(page.locator(".govuk-panel__title").textContent()).contains("Report sent");
		assertThat(page.locator("#reference").textContent()).matches("CF-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(page.locator("#passphrase").textContent().strip()).matches("([0-9A-Z]{4}-){3}[0-9A-Z]{4}");
		check(browser, page, "26-confirmation");

		assertThat(browser.requestedUrls()).as("nothing the reporter typed is in any address")
			.noneMatch(url -> url.contains("Quentin") || url.contains("Ottoline") || url.contains("lancashire")
					|| url.contains("fairweather"));
		assertThat(browser.requestedUrls()).as("no address of the journey carries a query")
			.filteredOn(url -> url.contains("/report"))
			.noneMatch(url -> url.contains("?"));
		assertThat(browser.consoleErrors()).as("script errors and Content-Security-Policy refusals").isEmpty();
	}

	@Test
	void aQuestionWithARevealedFieldWorksWithoutJavaScript(Browser browser) {
		Page page = browser.openWithoutJavaScript("/report/accused/role");
		assertThat(page.locator("body").getAttribute("class")).doesNotContain("js-enabled");
		assertThat(page.locator("#rank").isVisible()).as("without JavaScript a revealed field is always shown").isTrue();
		assertThat(page.locator(".govuk-exit-this-page a").isVisible()).isTrue();
		page.check("#role");
		page.fill("#rank", "Inspector");
		browser.screenshot(page, "accused-role-without-javascript");
		page.click("main button[type=submit]");
		page.waitForURL(browser.url("/report/accused/number"));
		assertThat(page.locator("main h1").textContent()).contains("What is their warrant or staff number?");
		page.click(".govuk-back-link");
		page.waitForURL(browser.url("/report/accused/role"));
		assertThat(page.locator("#rank").inputValue()).as("the answer was kept").isEqualTo("Inspector");
	}

	private static void continueOn(Page page) {
		page.click("main button.govuk-button:not(.govuk-button--secondary)");
	}

	private static void next(Browser browser, Page page, String path) {
		page.waitForURL(browser.url(path));
	}

	private static void check(Browser browser, Page page, String name) {
		browser.assertAccessible(page, name);
		browser.screenshot(page, "journey-" + name);
	}

}
