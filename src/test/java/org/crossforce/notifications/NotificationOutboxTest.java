package org.crossforce.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.crossforce.identity.Role;
import org.crossforce.notifications.internal.OutboxDispatcher;
import org.crossforce.reports.Contact;
import org.crossforce.reports.Contact.ContactChannel;
import org.crossforce.reports.ReportIntake;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outbox: a failing channel is retried and nothing is lost or sent twice; a message that never gets through is
 * shown to administrators, who can queue it again; nothing is queued for a change that rolls back.
 */
@IntegrationTest
class NotificationOutboxTest {

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	RecordingChannel recordingEmail;

	@Autowired
	ReportIntake intake;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aChannelThatFailsTwiceIsRetriedWithBackoffAndSendsOnceNothingLost() {
		String email = VictimReports.email();
		String reference = VictimReports.submit(intake, new Contact(ContactChannel.EMAIL, email, null, null, false));
		recordingEmail.failNext(email, 2);
		notifications.promptVictim(reference, VictimPrompt.NEW_MESSAGE);
		Instant start = clock.instant().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);

		dispatcher.dispatchDue(start);
		Map<String, Object> row = row(reference);
		assertThat(row).containsEntry("state", "PENDING").containsEntry("attempts", 1);
		assertThat(instant(row, "next_attempt_at")).isEqualTo(start.plus(Duration.ofMinutes(1)));
		assertThat((String) row.get("last_error")).contains("550 mailbox unavailable").doesNotContain(email);

		dispatcher.dispatchDue(start.plusSeconds(59));
		assertThat(row(reference)).as("not due before its backoff").containsEntry("attempts", 1);

		dispatcher.dispatchDue(start.plus(Duration.ofMinutes(1)));
		row = row(reference);
		assertThat(row).containsEntry("state", "PENDING").containsEntry("attempts", 2);
		assertThat(instant(row, "next_attempt_at")).isEqualTo(start.plus(Duration.ofMinutes(6)));
		assertThat(recordingEmail.sentTo(email)).isEmpty();

		dispatcher.dispatchDue(start.plus(Duration.ofMinutes(6)));
		dispatcher.dispatchDue(start.plus(Duration.ofHours(3)));
		row = row(reference);
		assertThat(row).containsEntry("state", "SENT").containsEntry("attempts", 3)
			.containsEntry("channel", "recording-email");
		assertThat(row.get("last_error")).isNull();
		assertThat(instant(row, "sent_at")).isEqualTo(start.plus(Duration.ofMinutes(6)));
		assertThat(recordingEmail.sentTo(email)).hasSize(1);
	}

	@Test
	void aChannelThatAlwaysFailsGivesUpAfterTwelveAttemptsShowsAdministratorsAndTryAgainSendsIt() throws Exception {
		String email = VictimReports.email();
		String reference = VictimReports.submit(intake, new Contact(ContactChannel.EMAIL, email, null, null, false));
		recordingEmail.failAlways(email);
		notifications.promptVictim(reference, VictimPrompt.CASE_UPDATED);
		Instant start = clock.instant().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
		for (int attempt = 0; attempt < 11; attempt++) {
			dispatcher.dispatchDue(start.plus(Duration.ofHours(2L * attempt)));
		}
		assertThat(row(reference)).containsEntry("state", "PENDING").containsEntry("attempts", 11);
		dispatcher.dispatchDue(start.plus(Duration.ofHours(22)));
		Map<String, Object> row = row(reference);
		assertThat(row).containsEntry("state", "FAILED").containsEntry("attempts", 12);
		dispatcher.dispatchDue(start.plus(Duration.ofDays(3)));
		assertThat(row(reference)).as("a failed message waits for an administrator").containsEntry("attempts", 12);
		assertThat(recordingEmail.sentTo(email)).isEmpty();
		long id = ((Number) row.get("id")).longValue();

		mvc.perform(get("/admin/notifications")).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/admin/notifications").with(user(users.loadUserByUsername("iopc@iopc.demo"))))
			.andExpect(status().isForbidden());
		Document page = Html.of(mvc
			.perform(get("/admin/notifications").with(user(users.loadUserByUsername("admin@crossforce.demo"))))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(Long.parseLong(page.selectFirst("#counts tr[data-state=FAILED] td").text())).isPositive();
		Element failed = page.selectFirst("#failed tr[data-id=" + id + "]");
		assertThat(failed).isNotNull();
		assertThat(failed.text()).contains("The victim in " + reference, "Case updated", "12",
				"550 mailbox unavailable: [address]");
		assertThat(page.text()).doesNotContain(email, VictimReports.ACCUSED.familyName(), "Morwenna", "crockery");

		recordingEmail.recover(email);
		mvc.perform(post("/admin/notifications/{id}/retry", id).with(csrf())
			.with(user(users.loadUserByUsername("psd@cheshire.demo")))).andExpect(status().isForbidden());
		assertThat(row(reference)).containsEntry("state", "FAILED");
		mvc.perform(post("/admin/notifications/{id}/retry", id).with(csrf())
			.with(user(users.loadUserByUsername("admin@crossforce.demo"))))
			.andExpect(redirectedUrl("/admin/notifications"));
		assertThat(row(reference)).containsEntry("state", "PENDING").containsEntry("attempts", 0);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'notification.requeued' and subject = :s")
			.param("s", "notification " + id)
			.query(Long.class)
			.single()).isOne();

		dispatcher.dispatchDue(clock.instant());
		assertThat(row(reference)).containsEntry("state", "SENT");
		assertThat(recordingEmail.sentTo(email)).hasSize(1);
	}

	@Test
	void aChangeThatRollsBackQueuesNothingAndOneThatCommitsQueuesItsMessages() {
		String reference = "CF-ROLLBACK-" + (System.nanoTime() % 100000);
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.executeWithoutResult(status -> {
			notifications.promptVictim(reference, VictimPrompt.NEW_MESSAGE);
			notifications.notifyUser("psd@cheshire.demo", StaffNotice.REVIEW_REQUESTED);
			status.setRollbackOnly();
		});
		long staffBefore = staffRows("psd@cheshire.demo", StaffNotice.REVIEW_REQUESTED);
		assertThat(jdbc.sql("select count(*) from notification where case_reference = :r")
			.param("r", reference)
			.query(Long.class)
			.single()).isZero();

		transaction.executeWithoutResult(status -> {
			notifications.promptVictim(reference, VictimPrompt.NEW_MESSAGE);
			notifications.notifyUser("psd@cheshire.demo", StaffNotice.REVIEW_REQUESTED);
		});
		assertThat(jdbc.sql("select count(*) from notification where case_reference = :r")
			.param("r", reference)
			.query(Long.class)
			.single()).isOne();
		assertThat(staffRows("psd@cheshire.demo", StaffNotice.REVIEW_REQUESTED)).isEqualTo(staffBefore + 1);
	}

	@Test
	void staffAreFoundByRoleAtQueueTimeAndTheirMessageNamesNoCase() {
		long before = staffRows("psd@cheshire.demo", StaffNotice.DUTY_OVERDUE);
		long elsewhere = staffRows("psd@kent.demo", StaffNotice.DUTY_OVERDUE);
		notifications.notifyOrganisation("cheshire", Role.PROFESSIONAL_STANDARDS, StaffNotice.DUTY_OVERDUE);
		assertThat(staffRows("psd@cheshire.demo", StaffNotice.DUTY_OVERDUE)).isEqualTo(before + 1);
		assertThat(staffRows("psd@kent.demo", StaffNotice.DUTY_OVERDUE)).isEqualTo(elsewhere);

		int sentBefore = recordingEmail.sentTo("psd@cheshire.demo").size();
		dispatcher.dispatchDue(clock.instant());
		var sent = recordingEmail.sentTo("psd@cheshire.demo");
		assertThat(sent).hasSizeGreaterThan(sentBefore);
		assertThat(sent).filteredOn(message -> message.subject().equals("A duty to a victim is overdue"))
			.isNotEmpty()
			.allSatisfy(message -> assertThat(message.body())
				.isEqualTo("A Victims' Code duty on a case you work on is past its deadline.\n\n"
						+ "Sign in to see it: http://localhost:8080/sign-in"));
		assertThat(sent).allSatisfy(message -> assertThat(message.subject() + message.body()).doesNotContain("CF-"));
	}

	private long staffRows(String username, StaffNotice notice) {
		return jdbc.sql("select count(*) from notification where username = :u and template = :t")
			.param("u", username)
			.param("t", notice.name())
			.query(Long.class)
			.single();
	}

	private Map<String, Object> row(String reference) {
		return jdbc.sql("select * from notification where case_reference = :r").param("r", reference).query().singleRow();
	}

	static Instant instant(Map<String, Object> row, String column) {
		Object value = row.get(column);
		if (value instanceof java.time.OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof java.sql.Timestamp time) {
			return time.toInstant();
		}
		throw new IllegalArgumentException(column + " is " + (value == null ? "null" : value.getClass()));
	}

}
