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
 * The staff pages as people use them: the investigating force's professional standards user opens its cases and a
 * case, declaring no connection before seeing the victim; the IOPC overrides the allocation with a reason and reads the alerts and the referral queue; the employing
 * force reads its conduct notices. axe on every page.
 */
@BrowserTest
class StaffPagesBrowserTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	Allocations allocations;

	@Test
	void theInvestigatingForceOpensItsCaseAndTheIopcOverridesTheAllocation(Browser browser) throws Exception {
		CaseAllocation allocation = aReportIsMadeAndAllocated(browser);
		String reference = allocation.reference();
		String investigating = allocation.investigatingForce();
		// The employing force tries to open the case: refused, and an alert raised for the IOPC.
		assertThat(get(browser, "/api/cases/" + reference, "psd@greater-manchester.demo")).isEqualTo(403);

		Page page = browser.signIn("psd@" + investigating + ".demo");
		page.navigate(browser.url("/cases"));
		assertThat(page.locator("main h1").textContent()).isEqualTo("Your organisation's cases");
		assertThat(page.locator("#cases a[href='/cases/" + reference + "']").count()).isEqualTo(1);
		browser.assertAccessible(page, "the list of cases");
		browser.screenshot(page, "cases");

		page.locator("#cases a[href='/cases/" + reference + "']").click();
		page.waitForURL(browser.url("/cases/" + reference));
		// The victim's details wait for the caseworker's declaration that they know neither party.
		assertThat(page.locator("#victim-name").count()).isZero();
		assertThat(page.locator("#declaration-form").count()).isEqualTo(1);
		browser.assertAccessible(page, "a case page asking for a conflict declaration");
		browser.screenshot(page, "case-declaration");
		page.check("#connection");
		page.click("#declaration-form button[type=submit]");
		page.locator(".govuk-notification-banner--success").waitFor();
		assertThat(page.url()).isEqualTo(browser.url("/cases/" + reference));
		assertThat(page.locator("#victim-name").textContent()).isEqualTo("Sam Sample");
		assertThat(page.locator("#considered-forces tbody tr").count()).isEqualTo(allocation.considered().size());
		browser.assertAccessible(page, "a case page for the investigating force");
		browser.screenshot(page, "case-investigating-force");
		browser.signOut(page);

		Page iopc = browser.signIn("iopc@iopc.demo");
		iopc.navigate(browser.url("/cases/" + reference));
		iopc.click("form[action$='/override'] button[type=submit]");
		iopc.locator(".govuk-error-summary").waitFor();
		assertThat(iopc.locator("#force-error").textContent()).contains("Choose the force to investigate");
		browser.assertAccessible(iopc, "a case page with override errors");
		browser.screenshot(iopc, "case-override-errors");

		String to = "kent".equals(investigating) ? "essex" : "kent";
		iopc.selectOption("#force", to);
		iopc.fill("#reason", "The victim has moved, and asks that a force near her new home investigates.");
		iopc.click("form[action$='/override'] button[type=submit]");
		iopc.locator(".govuk-notification-banner--success").waitFor();
		assertThat(iopc.url()).isEqualTo(browser.url("/cases/" + reference));
		assertThat(iopc.locator(".govuk-notification-banner--success").textContent()).contains("The case is now allocated to");
		assertThat(allocations.of(reference).orElseThrow().investigatingForce()).isEqualTo(to);
		browser.assertAccessible(iopc, "a case page after an override");
		browser.screenshot(iopc, "case-overridden");

		iopc.navigate(browser.url("/alerts"));
		assertThat(iopc.locator("main").textContent()).contains("case " + reference);
		browser.assertAccessible(iopc, "the alerts page");
		browser.screenshot(iopc, "alerts");

		iopc.navigate(browser.url("/iopc/referrals"));
		assertThat(iopc.locator("main h1").textContent()).isEqualTo("IOPC referrals");
		browser.assertAccessible(iopc, "the referral queue");
		browser.screenshot(iopc, "referrals");
		browser.assertOnlyLocalRequests();
		browser.assertNoBrokenResources();
	}

	@Test
	void theEmployingForceReadsItsConductNoticesAndAdministratorsTheirCollaborations(Browser browser)
			throws Exception {
		String reference = aReportIsMadeAndAllocated(browser).reference();
		Page page = browser.signIn("psd@greater-manchester.demo");
		page.navigate(browser.url("/cases/notices"));
		assertThat(page.locator("#notices tr[data-reference='" + reference + "']").textContent()).contains("Alex Example");
		browser.assertAccessible(page, "the conduct notices page");
		browser.screenshot(page, "conduct-notices");
		Page forbidden = browser.open("/cases/" + reference, 403);
		assertThat(forbidden.locator("main h1").textContent()).isEqualTo("You do not have permission to see this page");
		browser.signOut(page);

		Page admin = browser.signIn("admin@crossforce.demo");
		admin.navigate(browser.url("/admin/collaborations/new"));
		admin.click("main button[type=submit]");
		admin.locator(".govuk-error-summary").waitFor();
		browser.assertAccessible(admin, "the add-a-collaboration page with errors");
		admin.fill("#name", "Browser test joint PSD");
		admin.check("input[name=forces][value=kent]");
		admin.check("input[name=forces][value=essex]");
		admin.click("main button[type=submit]");
		admin.waitForURL(browser.url("/admin/collaborations"));
		assertThat(admin.locator(".govuk-notification-banner--success").textContent()).contains("Browser test joint PSD");
		browser.assertAccessible(admin, "the collaborations page");
		browser.screenshot(admin, "collaborations");
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

	private int get(Browser browser, String path, String username) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(browser.url(path)))
			.header("Authorization", "Bearer " + token(browser, username))
			.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
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
