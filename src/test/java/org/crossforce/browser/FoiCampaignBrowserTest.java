package org.crossforce.browser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.crossforce.testing.Browser;
import org.crossforce.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An FOI campaign as an advocate runs it in a browser: written once and sent to two forces, a force's reply recorded,
 * the figures imported from the force's CSV with a column mapping, and the values seen with their source; axe on every
 * page on the way, and the campaign list, request page and values table in screenshots.
 */
@BrowserTest
class FoiCampaignBrowserTest {

	@Test
	void anAdvocateCreatesSendsAnswersAndImportsACampaign(Browser browser) {
		Page page = browser.signIn("advocate@support.demo");
		page.navigate(browser.url("/foi"));
		assertThat(page.locator("#campaigns").textContent())
			.contains("Domestic abuse reports against police employees, April 2015 – March 2018")
			.contains("Illustrative demo");
		browser.assertAccessible(page, "the FOI campaigns list");
		browser.screenshot(page, "foi-campaigns");

		page.click("#new-campaign");
		page.locator("#title").waitFor();
		page.fill("#title", "");
		page.click("form[action$='/foi/campaigns'] button[type=submit]");
		page.locator(".govuk-error-summary").waitFor();
		browser.assertAccessible(page, "a new campaign with errors");

		page.fill("#title", "Browser test: reports against police employees");
		page.check("#scope-3");
		page.check("input[name=codes][value=essex]");
		page.check("input[name=codes][value=kent]");
		page.click("form[action$='/foi/campaigns'] button[type=submit]");
		page.locator(".govuk-notification-banner--success").waitFor();
		assertThat(page.locator("#requests tbody tr").count()).isEqualTo(2);
		browser.assertAccessible(page, "a campaign before sending");

		page.click("#declare-dataset");
		page.click("#suggested");
		page.locator("#name1").waitFor();
		browser.assertAccessible(page, "declaring the dataset");
		page.click("form[action$='/dataset'] button[type=submit]");
		page.locator(".govuk-notification-banner--success").waitFor();

		page.click(".govuk-back-link");
		page.click("#send");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		page.fill("#receivedOnDay", String.valueOf(today.getDayOfMonth()));
		page.fill("#receivedOnMonth", String.valueOf(today.getMonthValue()));
		page.fill("#receivedOnYear", String.valueOf(today.getYear()));
		browser.assertAccessible(page, "sending a campaign");
		page.click("#send-button");
		page.locator(".govuk-notification-banner--success").waitFor();
		assertThat(page.locator("tr[data-authority=essex] .request-state").textContent()).contains("Awaiting response");
		browser.assertAccessible(page, "a sent campaign");

		page.click("tr[data-authority=essex] a");
		page.waitForURL("**/foi/requests/*");
		assertThat(page.locator("main h1").textContent()).isEqualTo("Essex Police");
		assertThat(page.locator("main").textContent()).contains("20 working days after");
		browser.assertAccessible(page, "a request awaiting its response");

		page.click("#record-reply");
		page.fill("#effectiveOnDay", String.valueOf(today.getDayOfMonth()));
		page.fill("#effectiveOnMonth", String.valueOf(today.getMonthValue()));
		page.fill("#effectiveOnYear", String.valueOf(today.getYear()));
		page.check("#outcome-SUCCESSFUL");
		page.fill("#subject", "Your request FOI reply");
		page.fill("#body", "Please find the figures attached.");
		browser.assertAccessible(page, "recording a reply");
		page.click("form[action$='/reply'] button[type=submit]");
		page.locator(".govuk-notification-banner--success").waitFor();
		assertThat(page.locator("main").textContent()).contains("Successful");
		browser.assertAccessible(page, "a request with its reply");
		browser.screenshot(page, "foi-request");
		String requestUrl = page.url();

		page.navigate(requestUrl + "/data/import");
		// The request has one reply, so the page has already chosen it.
		assertThat(page.locator("#messageId").inputValue()).isNotEmpty();
		page.setInputFiles("#file", new FilePayload("essex.csv", "text/csv", ("""
				Year,Role,Crime,Outcome,Number
				2015-16,Police officer,Crime recorded,Charged,3
				2016-17,police staff,Incident only,No further action,nil
				2017-18,PCSO,Crime recorded,Dismissed,0
				""").getBytes(StandardCharsets.UTF_8)));
		browser.assertAccessible(page, "importing a file");
		page.click("form[action*='/data/import'] button[type=submit]");
		page.locator("#value").waitFor();
		page.selectOption("#dimension1", "0");
		page.selectOption("#dimension2", "1");
		page.selectOption("#dimension3", "2");
		page.selectOption("#dimension4", "3");
		page.selectOption("#value", "4");
		browser.assertAccessible(page, "mapping the file's columns");
		page.click("form[action*='/data/import/'] button[type=submit]");
		page.locator("#imported-title").waitFor();
		assertThat(page.locator(".govuk-notification-banner--success").textContent()).contains("3");

		page.navigate(browser.url("/foi"));
		page.click("text=Browser test: reports against police employees");
		page.waitForURL("**/foi/campaigns/*");
		page.locator("#dataset-values").waitFor();
		page.click("#dataset-values");
		page.waitForURL("**/dataset/values");
		page.locator("#values").waitFor();
		assertThat(page.locator("#values tbody tr").count()).isEqualTo(3);
		assertThat(page.locator("#values").textContent()).contains("Police staff").contains("nil");
		browser.assertAccessible(page, "the values recorded");
		browser.screenshot(page, "foi-values");

		page.navigate(browser.url("/foi/compliance"));
		browser.assertAccessible(page, "the compliance table");
		browser.assertOnlyLocalRequests();
		browser.assertNoBrokenResources();
	}

}
