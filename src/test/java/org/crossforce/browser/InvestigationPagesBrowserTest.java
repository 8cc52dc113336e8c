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
 * The investigation pages as the investigating force and the IOPC use them: the timeline page with its forms and
 * their errors, and the duties dashboard; axe on each, and the forms again in a browser without JavaScript.
 */
@BrowserTest
class InvestigationPagesBrowserTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	Allocations allocations;

	@Test
	void theInvestigatingForceRecordsStepsOnTheTimelineAndFollowsItsDuties(Browser browser) throws Exception {
		CaseAllocation allocation = aReportIsMadeAndAllocated(browser);
		String reference = allocation.reference();
		String psd = "psd@" + allocation.investigatingForce() + ".demo";

		Page page = browser.signIn(psd);
		page.navigate(browser.url("/cases/" + reference));
		page.click("#timeline-link");
		page.waitForURL(browser.url("/cases/" + reference + "/timeline"));
		assertThat(page.locator("main h1").textContent()).isEqualTo("Investigation timeline");
		browser.assertAccessible(page, "an empty timeline");

		page.click("form[action$='/timeline/steps'] button[type=submit]");
		page.locator(".govuk-error-summary").waitFor();
		assertThat(page.locator("#step-error").textContent()).contains("Choose what happened");
		assertThat(page.locator("#occurredOnDay-error").textContent()).contains("Enter the date it happened");
		browser.assertAccessible(page, "the timeline with errors");
		browser.screenshot(page, "timeline-errors");

		page.selectOption("#step", "SUSPECT_ARRESTED");
		page.fill("#occurredOnDay", "17");
		page.fill("#occurredOnMonth", "4");
		page.fill("#occurredOnYear", "2025");
		page.click("form[action$='/timeline/steps'] button[type=submit]");
		page.locator(".govuk-notification-banner--success").waitFor();
		assertThat(page.locator("#steps tbody tr").count()).isEqualTo(1);
		assertThat(page.locator("#duties tbody tr .duty-state").textContent()).contains("Overdue");
		browser.assertAccessible(page, "a timeline with a step and an overdue duty");
		browser.screenshot(page, "timeline");

		page.navigate(browser.url("/duties?overdue=true"));
		assertThat(page.locator("#duties tr[data-reference='" + reference + "']").textContent())
			.contains("Tell the victim: Suspect arrested")
			.contains("22 April 2025");
		browser.assertAccessible(page, "the duties dashboard");
		browser.screenshot(page, "duties");

		page.locator("#duties tr[data-reference='" + reference + "'] a").click();
		page.waitForURL(browser.url("/cases/" + reference + "/timeline"));
		page.click("#duties tbody tr form button");
		page.locator(".govuk-notification-banner--success").waitFor();
		assertThat(page.locator("#duties tbody tr .duty-state").textContent()).contains("Victim told on");
		browser.signOut(page);

		Page iopc = browser.signIn("iopc@iopc.demo");
		iopc.navigate(browser.url("/duties"));
		iopc.locator("#forces a[href*='force=" + allocation.investigatingForce() + "']").click();
		iopc.locator("#force-heading").waitFor();
		browser.assertAccessible(iopc, "the duties dashboard for the IOPC");
		browser.screenshot(iopc, "duties-iopc");
		iopc.navigate(browser.url("/cases/" + reference + "/timeline"));
		assertThat(iopc.locator("form[action$='/timeline/steps']").count()).isZero();
		browser.assertAccessible(iopc, "the timeline for the IOPC");
		browser.assertOnlyLocalRequests();
		browser.assertNoBrokenResources();
	}

	@Test
	void theTimelineFormsWorkWithoutJavaScript(Browser browser) throws Exception {
		CaseAllocation allocation = aReportIsMadeAndAllocated(browser);
		String reference = allocation.reference();
		Page page = browser.openWithoutJavaScript("/sign-in");
		page.fill("#username", "psd@" + allocation.investigatingForce() + ".demo");
		page.fill("#password", DemoTokens.PASSWORD);
		page.click("button[type=submit]");
		page.waitForURL(browser.url("/account"));
		page.navigate(browser.url("/cases/" + reference + "/timeline"));
		page.selectOption("#step", "NO_FURTHER_ACTION");
		page.fill("#occurredOnDay", "3");
		page.fill("#occurredOnMonth", "7");
		page.fill("#occurredOnYear", "2025");
		page.click("form[action$='/timeline/steps'] button[type=submit]");
		page.locator("#reason-error").waitFor();
		assertThat(page.locator("#reason-error").textContent()).contains("give the reason");
		page.fill("#reason", "No realistic prospect of conviction");
		page.click("form[action$='/timeline/steps'] button[type=submit]");
		page.locator(".govuk-notification-banner--success").waitFor();
		assertThat(page.locator("#phases [data-track=CRIMINAL] dd").textContent()).isEqualTo("No further action");
		page.navigate(browser.url("/duties"));
		assertThat(page.locator("#duties tr[data-reference='" + reference + "']").count()).isEqualTo(1);
		browser.screenshot(page, "duties-without-javascript");
	}

	private CaseAllocation aReportIsMadeAndAllocated(Browser browser) throws Exception {
		HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(browser.url("/api/tokens")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"username\":\"advocate@support.demo\",\"password\":\"" + DemoTokens.PASSWORD + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(browser.url("/api/reports")))
			.header("Authorization", "Bearer " + JsonPath.read(token.body(), "$.token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(ReportApiTestData.VALID))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		String reference = JsonPath.read(created.body(), "$.reference");
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> allocations.of(reference), Optional::isPresent)
			.orElseThrow();
	}

}
