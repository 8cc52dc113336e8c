package org.crossforce.browser;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.crossforce.testing.Browser;
import org.crossforce.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public super-complaints tracker and HMICFRS recording a report in a browser: the list and the demo complaint
 * without signing in, the report form with its errors and then filled in, the new report's grid, and a force's
 * professional standards department answering for itself; axe on every page, screenshots of the tracker.
 */
@BrowserTest
class SuperComplaintTrackerBrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anyoneReadsTheTrackerAndHmicfrsRecordsAReport(Browser browser) {
		Page page = browser.open("/supercomplaints/tracker");
		page.locator("#complaints").waitFor();
		assertThat(page.locator("#complaints").textContent()).contains("Police-perpetrated domestic abuse")
			.contains("Centre for Women's Justice")
			.contains("9 March 2020")
			.contains("Demo example");
		browser.assertAccessible(page, "the super-complaints tracker");
		browser.screenshot(page, "tracker");

		page.click("#complaints a:has-text('Police-perpetrated domestic abuse')");
		page.waitForURL("**/supercomplaints/tracker/*");
		page.locator("#demo-notice").waitFor();
		assertThat(page.locator("#dates").textContent()).contains("30 June 2022").contains("Not recorded in this demo");
		assertThat(page.locator(".recommendation .govuk-tag--red").count()).isZero();
		browser.assertAccessible(page, "the demo super-complaint");
		browser.screenshot(page, "tracker-demo");

		String title = "Browser test complaint " + UUID.randomUUID();
		jdbc.sql("""
				insert into super_complaint (title, body_code, body_name, stage, created_at, submitted_on)
				values (?, 'test-body', 'Test designated body', 'UNDER_INVESTIGATION', ?, ?)""")
			.params(title, Timestamp.from(Instant.now()), LocalDate.of(2021, 1, 11))
			.update();
		long id = jdbc.sql("select id from super_complaint where title = ?").param(title).query(Long.class).single();

		page = browser.signIn("inspector@hmicfrs.demo");
		page.navigate(browser.url("/supercomplaints/tracker/" + id));
		page.locator("#record-report").waitFor();
		page.click("#record-report");
		page.waitForURL("**/supercomplaints/" + id + "/report");
		page.locator("#title").waitFor();
		page.click("#publish");
		page.locator(".govuk-error-summary").waitFor();
		browser.assertAccessible(page, "recording a report with errors");

		page.fill("#title", "Browser test report");
		page.fill("#publishedOnDay", "30");
		page.fill("#publishedOnMonth", "6");
		page.fill("#publishedOnYear", "2022");
		page.fill("#url", "https://www.example.org/browser-report");
		page.fill("#responseDays", "28");
		page.fill("[id='recommendations[0].text']", "Investigate every allegation in a different force.");
		page.check("[id='recommendations[0].groups']");
		page.fill("[id='recommendations[1].text']", "Publish national guidance.");
		page.check("[id='recommendations[1].groups-COLLEGE']");
		page.fill("[id='recommendations[1].others']", "National Police Chiefs' Council");
		browser.assertAccessible(page, "recording a report");
		browser.screenshot(page, "record-report");
		page.click("#publish");
		page.locator(".govuk-notification-banner--success").waitFor();
		assertThat(page.locator("#stage").textContent()).isEqualTo("Report published");
		assertThat(page.locator("#responses-due").textContent()).startsWith("28 July 2022");
		assertThat(page.locator("#recommendation-1 tbody tr").count()).isEqualTo(43);
		assertThat(page.locator("#recommendation-2 tbody tr").count()).isEqualTo(2);
		assertThat(page.locator("#recommendation-1 .govuk-tag--red").count()).isEqualTo(43);
		browser.assertAccessible(page, "a published report with no responses");
		browser.signOut(page);

		page = browser.signIn("psd@essex.demo");
		page.navigate(browser.url("/supercomplaints/" + id + "/responses"));
		page.locator("tr[data-addressee='force:essex']").waitFor();
		assertThat(page.locator("tbody tr").count()).isEqualTo(1);
		browser.assertAccessible(page, "a force's responses to record");
		page.click("tr[data-addressee='force:essex'] a");
		page.locator("#status").waitFor();
		page.click("#record");
		page.locator(".govuk-error-summary").waitFor();
		browser.assertAccessible(page, "recording a response with errors");
		page.check("#status-PARTLY_ACCEPTED");
		page.check("#progress-IN_PROGRESS");
		page.fill("#text", "We accept the recommendation in part.");
		page.fill("#receivedOnDay", "20");
		page.fill("#receivedOnMonth", "7");
		page.fill("#receivedOnYear", "2022");
		browser.assertAccessible(page, "recording a response");
		page.click("#record");
		page.locator(".govuk-notification-banner--success").waitFor();

		page.navigate(browser.url("/supercomplaints/tracker/" + id));
		page.locator("#recommendation-1").waitFor();
		assertThat(page.locator("#recommendation-1 tr[data-addressee='force:essex']").textContent())
			.contains("Partly accepted")
			.contains("In progress")
			.contains("20 July 2022")
			.doesNotContain("Overdue");
		assertThat(page.locator("#recommendation-1 .govuk-tag--red").count()).isEqualTo(42);
		browser.assertAccessible(page, "a published report with a response");
		browser.screenshot(page, "tracker-report");
	}

}
