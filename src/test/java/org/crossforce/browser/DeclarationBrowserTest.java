package org.crossforce.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.reports.ReportApiTestData;
import org.crossforce.testing.Browser;
import org.crossforce.testing.BrowserTest;
import org.crossforce.testing.DemoTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Conflict declarations as the investigating force's professional standards user makes them: the case waits on the
 * list of undeclared cases, the case page asks for the declaration in place of the victim's details, and declaring
 * opens them (with JavaScript) or removes the declarant (without it, where the question about the connection is
 * always shown). axe on every page opened with JavaScript.
 */
@BrowserTest
class DeclarationBrowserTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	Allocations allocations;

	@Test
	void theInvestigatingForceSeesTheWaitingCaseDeclaresAndThenSeesTheVictim(Browser browser) throws Exception {
		CaseAllocation allocation = aReportIsMadeAndAllocated(browser);
		String reference = allocation.reference();
		Page page = browser.signIn("psd@" + allocation.investigatingForce() + ".demo");

		page.click("nav a[href='/cases/undeclared']");
		page.waitForURL(browser.url("/cases/undeclared"));
		assertThat(page.locator("main h1").textContent()).isEqualTo("Cases waiting for conflict declarations");
		browser.assertAccessible(page, "the cases waiting for declarations");
		// Oldest first, so the newest case is on the last page.
		page.navigate(browser.url("/cases/undeclared?page=1000"));
		assertThat(page.locator("#waiting-cases tr[data-reference='" + reference + "'] td").nth(2).textContent().strip())
			.isEqualTo("Nobody yet");
		browser.screenshot(page, "undeclared");

		page.click("#waiting-cases a[href='/cases/" + reference + "']");
		page.waitForURL(browser.url("/cases/" + reference));
		assertThat(page.locator("#declaration ~ p").first().textContent()).isEqualTo(
				"Before you can see the victim's details, declare whether you have any connection with the accused or the victim");
		assertThat(page.locator("#victim-name").count()).isZero();
		// With JavaScript, the question about the connection appears only with its answer.
		assertThat(page.locator("#note").isVisible()).isFalse();
		page.check("#connection-yes");
		assertThat(page.locator("#note").isVisible()).isTrue();
		page.check("#connection");
		page.click("#declaration-form button[type=submit]");
		page.locator(".govuk-notification-banner--success").waitFor();
		assertThat(page.locator(".govuk-notification-banner--success").textContent())
			.contains("You have declared that you have no connection with the accused or the victim");
		assertThat(page.locator("#victim-name").textContent()).isEqualTo("Sam Sample");
		browser.assertAccessible(page, "a case page after declaring no connection");
		browser.screenshot(page, "case-declared");

		page.navigate(browser.url("/cases/undeclared?page=1000"));
		assertThat(page.locator("#waiting-cases tr[data-reference='" + reference + "']").count()).isZero();

		browser.signOut(page);
		Page iopc = browser.signIn("iopc@iopc.demo");
		iopc.navigate(browser.url("/cases/undeclared"));
		assertThat(iopc.locator("#waiting-cases thead th").allTextContents()).contains("Investigating force");
		browser.assertAccessible(iopc, "the cases waiting for declarations in every force");
		browser.screenshot(iopc, "undeclared-iopc");
		browser.assertOnlyLocalRequests();
		browser.assertNoBrokenResources();
	}

	@Test
	void withoutJavaScriptADeclaredConnectionNeedsItsDescriptionAndRemovesTheDeclarant(Browser browser)
			throws Exception {
		CaseAllocation allocation = aReportIsMadeAndAllocated(browser);
		String reference = allocation.reference();
		String investigator = "psd@" + allocation.investigatingForce() + ".demo";
		Page page = browser.openWithoutJavaScript("/sign-in");
		page.fill("#username", investigator);
		page.fill("#password", DemoTokens.PASSWORD);
		page.click("main button[type=submit]");
		page.waitForURL(browser.url("/account"));

		page.navigate(browser.url("/cases/" + reference));
		assertThat(page.locator("#note").isVisible()).as("shown without JavaScript").isTrue();
		page.check("#connection-yes");
		page.click("#declaration-form button[type=submit]");
		page.locator(".govuk-error-summary").waitFor();
		assertThat(page.locator("#note-error").textContent()).contains("Enter what the connection is");
		assertThat(page.locator("#connection-yes").isChecked()).isTrue();
		browser.screenshot(page, "declaration-errors-without-javascript");

		page.fill("#note", "I was at training college with the accused.");
		page.click("#declaration-form button[type=submit]");
		page.waitForURL(browser.url("/cases/" + reference + "/removed"));
		assertThat(page.locator("main h1").textContent()).isEqualTo("You have been removed from this case");
		browser.screenshot(page, "removed");

		var refused = page.navigate(browser.url("/cases/" + reference));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(page.locator("main h1").textContent()).isEqualTo("You have been removed from this case");

		// The same pages pass axe when opened with JavaScript.
		Page checked = browser.signIn(investigator);
		checked.navigate(browser.url("/cases/" + reference + "/removed"));
		browser.assertAccessible(checked, "the removal page");
	}

	private CaseAllocation aReportIsMadeAndAllocated(Browser browser) throws Exception {
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(browser.url("/api/reports")))
			.header("Authorization", "Bearer " + token(browser, "advocate@support.demo"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(ReportApiTestData.VALID))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		String reference = JsonPath.read(created.body(), "$.reference");
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> allocations.of(reference), Optional::isPresent)
			.orElseThrow();
	}

	private String token(Browser browser, String username) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(browser.url("/api/tokens")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"username\":\"" + username + "\",\"password\":\"" + DemoTokens.PASSWORD + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		return JsonPath.read(response.body(), "$.token");
	}

}
