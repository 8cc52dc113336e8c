package org.crossforce.browser;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.microsoft.playwright.Page;
import org.crossforce.testing.Browser;
import org.crossforce.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator finds a failed notification and tries it again; axe on the page before and after. */
@BrowserTest
class NotificationsBrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorTriesAFailedMessageAgain(Browser browser) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql("""
				insert into notification (recipient_kind, username, template, state, created_at, attempts,
				  next_attempt_at, channel, last_error)
				values ('STAFF', 'iopc@iopc.demo', 'ACCEPTANCE_OVERDUE', 'FAILED', :now, 12, :now, 'smtp',
				  'ChannelFailure: SMTP: MailSendException')
				""").param("now", now).update();
		long id = jdbc.sql("select max(id) from notification").query(Long.class).single();

		Page page = browser.signIn("admin@crossforce.demo");
		page.click("a.govuk-service-navigation__link[href='/admin/notifications']");
		page.waitForURL(browser.url("/admin/notifications"));
		assertThat(page.locator("main h1").textContent()).isEqualTo("Notifications");
		assertThat(page.locator("#failed tr[data-id='" + id + "']").textContent()).contains("iopc@iopc.demo",
				"Acceptance overdue", "SMTP: MailSendException");
		browser.assertAccessible(page, "the notifications page with a failed message");
		browser.screenshot(page, "notifications-failed");

		page.click("#failed tr[data-id='" + id + "'] button[type=submit]");
		page.locator(".govuk-notification-banner--success").waitFor();
		assertThat(page.locator(".govuk-notification-banner--success").textContent())
			.contains("Message " + id + " will be sent again");
		assertThat(page.locator("#failed tr[data-id='" + id + "']").count()).isZero();
		browser.assertAccessible(page, "the notifications page after trying again");
	}

}
