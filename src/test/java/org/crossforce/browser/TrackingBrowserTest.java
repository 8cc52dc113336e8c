package org.crossforce.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.crossforce.allocation.Allocations;
import org.crossforce.reports.ReportApiTestData;
import org.crossforce.testing.Browser;
import org.crossforce.testing.BrowserTest;
import org.crossforce.testing.DemoTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The victim's own view in Chromium: signing in with a receipt, then every page, each checked with axe-core and kept
 * as a screenshot; and the same pages used with JavaScript off. No address or title ever names the case.
 */
@BrowserTest
class TrackingBrowserTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	Allocations allocations;

	@Test
	void aVictimFollowsTheirCaseOnEveryPage(Browser browser) throws Exception {
		String[] receipt = aCaseWithADecisionAndAMessage(browser);
		String reference = receipt[0];
		List<String> titles = new ArrayList<>();

		Page page = browser.open("/track");
		check(browser, page, "01-sign-in", titles);
		page.fill("#reference", reference);
		page.fill("#passphrase", "AAAA-BBBB-CCCC-DDDD");
		page.click("main button[type=submit]");
		page.locator(".govuk-error-summary").waitFor();
		assertThat(page.locator(".govuk-error-summary").textContent()).contains("The reference or passphrase is not right");
		check(browser, page, "02-sign-in-not-right", titles);

		page.fill("#reference", reference.toLowerCase());
		page.fill("#passphrase", receipt[1]);
		page.click("main button[type=submit]");
		page.waitForURL(browser.url("/track/case"));
		assertThat(page.locator("#decisions").textContent()).contains("no further action", "Illustrative reason");
		assertThat(page.locator("#right-to-review").isVisible()).isTrue();
		check(browser, page, "03-your-case", titles);

		page.click("text=Messages");
		page.waitForURL(browser.url("/track/messages"));
		assertThat(page.locator("#thread").textContent()).contains("Please tell us a safe time to call.");
		check(browser, page, "04-messages", titles);
		page.fill("#body", "Weekday mornings are safe.");
		page.click("main button[type=submit]");
		page.locator(".govuk-notification-banner--success").waitFor();
		check(browser, page, "05-message-sent", titles);

		page.click("nav a[href='/track/add']");
		page.waitForURL(browser.url("/track/add"));
		check(browser, page, "06-add-information", titles);
		page.fill("#text", "I kept the letters he sent.");
		page.setInputFiles("input[type=file]", new FilePayload("letter.png", "image/png", PNG));
		page.click("main button[type=submit]");
		page.locator(".govuk-notification-banner--success").waitFor();
		check(browser, page, "07-information-added", titles);

		page.click("nav a[href='/track/contact']");
		page.waitForURL(browser.url("/track/contact"));
		check(browser, page, "08-contact", titles);
		page.fill("#safeFrom", "9");
		page.click("main button[type=submit]");
		page.locator(".govuk-error-summary").waitFor();
		check(browser, page, "09-contact-errors", titles);

		page.click("nav a[href='/track/consent']");
		page.waitForURL(browser.url("/track/consent"));
		check(browser, page, "10-consent", titles);
		page.check("input[name=withdraw][value=ANONYMISED_USE]");
		page.click("main button[type=submit]");
		page.waitForURL(browser.url("/track/consent/confirm"));
		check(browser, page, "11-consent-confirm", titles);
		page.click("#confirm-withdrawal");
		page.waitForURL(browser.url("/track/consent"));
		assertThat(page.locator("#consent-ANONYMISED_USE").textContent()).isEqualTo("Withdrawn");
		check(browser, page, "12-consent-withdrawn", titles);

		page.click("#sign-out");
		page.waitForURL(browser.url("/track"));
		check(browser, page, "13-signed-out", titles);
		page.navigate(browser.url("/track/case"));
		assertThat(page.url()).as("signed out, the case is gone").isEqualTo(browser.url("/track"));

		assertThat(titles).noneMatch(title -> title.contains(reference.substring(3, 7)));
		assertThat(browser.requestedUrls()).as("no address names the case")
			.noneMatch(url -> url.toUpperCase().contains(reference.substring(3, 7)));
		assertThat(browser.consoleErrors()).as("script errors and Content-Security-Policy refusals").isEmpty();
	}

	@Test
	void everyPageWorksWithoutJavaScript(Browser browser) throws Exception {
		String[] receipt = aCaseWithADecisionAndAMessage(browser);
		Page page = browser.openWithoutJavaScript("/track");
		assertThat(page.locator("body").getAttribute("class")).doesNotContain("js-enabled");
		page.fill("#reference", receipt[0]);
		page.fill("#passphrase", receipt[1]);
		page.click("main button[type=submit]");
		page.waitForURL(browser.url("/track/case"));
		assertThat(page.locator(".govuk-exit-this-page a").isVisible()).isTrue();
		browser.screenshot(page, "no-js-your-case");
		for (String path : List.of("/track/messages", "/track/add", "/track/contact", "/track/consent")) {
			page.navigate(browser.url(path));
			assertThat(page.url()).isEqualTo(browser.url(path));
			assertThat(page.locator("main h1").isVisible()).isTrue();
			browser.screenshot(page, "no-js" + path.replace('/', '-'));
		}
		page.navigate(browser.url("/track/contact"));
		assertThat(page.locator("#email").isVisible()).as("without JavaScript a revealed field is always shown").isTrue();
		page.navigate(browser.url("/track/messages"));
		page.fill("#body", "Sent without JavaScript.");
		page.click("main button[type=submit]");
		page.waitForURL(browser.url("/track/messages"));
		assertThat(page.locator("#thread").textContent()).contains("Sent without JavaScript.");
	}

	/** An advocate's report, allocated; the investigating force records no further action and writes to the victim. */
	private String[] aCaseWithADecisionAndAMessage(Browser browser) throws Exception {
		HttpResponse<String> created = send(browser, "/api/reports", "advocate@support.demo", ReportApiTestData.VALID);
		assertThat(created.statusCode()).isEqualTo(201);
		String reference = JsonPath.read(created.body(), "$.reference");
		String passphrase = JsonPath.read(created.body(), "$.passphrase");
		String force = await().atMost(Duration.ofSeconds(20))
			.until(() -> allocations.of(reference), Optional::isPresent)
			.orElseThrow()
			.investigatingForce();
		String psd = "psd@" + force + ".demo";
		assertThat(send(browser, "/api/cases/" + reference + "/events", psd, "{\"step\": \"NO_FURTHER_ACTION\", "
				+ "\"occurredOn\": \"" + LocalDate.now().minusDays(1) + "\", \"reason\": \"Illustrative reason: "
				+ "the evidence did not meet the test for a charge.\"}").statusCode()).isBetween(200, 201);
		assertThat(send(browser, "/api/cases/" + reference + "/declarations", psd, "{\"connection\": false}")
			.statusCode()).as("declared no connection, as writing to the victim needs").isEqualTo(201);
		assertThat(send(browser, "/api/cases/" + reference + "/messages", psd,
				"{\"body\": \"Please tell us a safe time to call.\"}").statusCode()).isEqualTo(201);
		return new String[] { reference, passphrase };
	}

	private HttpResponse<String> send(Browser browser, String path, String username, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(browser.url(path)))
			.header("Authorization", "Bearer " + token(browser, username))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String token(Browser browser, String username) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(browser.url("/api/tokens")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"username\":\"" + username + "\",\"password\":\"" + DemoTokens.PASSWORD + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		return JsonPath.read(response.body(), "$.token");
	}

	private static void check(Browser browser, Page page, String name, List<String> titles) {
		titles.add(page.title());
		browser.assertAccessible(page, name);
		browser.screenshot(page, "tracking-" + name);
	}

}
