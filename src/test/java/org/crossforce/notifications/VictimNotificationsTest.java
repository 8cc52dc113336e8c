package org.crossforce.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crossforce.notifications.internal.OutboxDispatcher;
import org.crossforce.reports.Contact;
import org.crossforce.reports.Contact.ContactChannel;
import org.crossforce.reports.ReportIntake;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A victim is contacted only on the channel and at the times they chose, their choice read when the message is
 * sent; and what reaches them says nothing about their case.
 */
@IntegrationTest
class VictimNotificationsTest {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	RecordingChannel recordingEmail;

	@Autowired
	RecordingChannel recordingSms;

	@Autowired
	ReportIntake intake;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aVictimWhoChoseContactOnlyInsideTheServiceGetsNothingSentOut() {
		String email = VictimReports.email();
		String phone = VictimReports.phone();
		String reference = VictimReports.submit(intake, new Contact(ContactChannel.NONE, email, phone, null, true));
		notifications.promptVictim(reference, VictimPrompt.NEW_MESSAGE);
		notifications.promptVictim(reference, VictimPrompt.CASE_UPDATED);

		dispatcher.dispatchDue(clock.instant().plusSeconds(1));
		dispatcher.dispatchDue(clock.instant().plus(2, ChronoUnit.DAYS));

		assertThat(recordingEmail.sentTo(email)).isEmpty();
		assertThat(recordingSms.sentTo(phone)).isEmpty();
		assertThat(rows(reference)).hasSize(2).allSatisfy(row -> {
			assertThat(row).containsEntry("state", "SERVICE_ONLY").containsEntry("attempts", 0);
			assertThat(row.get("channel")).isNull();
			assertThat(row.get("sent_at")).isNull();
		});
		List<String> audited = jdbc.sql("""
				select detail from audit_entry where actor = 'system' and action = 'notification.contact.read'
				and subject = :s""").param("s", "case " + reference).query(String.class).list();
		assertThat(audited).hasSize(2).allSatisfy(detail -> assertThat(detail).doesNotContain(email, phone));
	}

	@Test
	void aVictimWhoChoseThePhoneButNoMessagesLeftGetsNoText() {
		String phone = VictimReports.phone();
		String reference = VictimReports.submit(intake, new Contact(ContactChannel.PHONE, null, phone, null, false));
		notifications.promptVictim(reference, VictimPrompt.NEW_MESSAGE);
		dispatcher.dispatchDue(clock.instant().plusSeconds(1));
		assertThat(recordingSms.sentTo(phone)).isEmpty();
		assertThat(rows(reference)).singleElement().satisfies(row -> assertThat(row).containsEntry("state", "NO_MESSAGES"));
	}

	@Test
	void aVictimWhoAllowsMessagesOnThePhoneGetsATextOnly() {
		String phone = VictimReports.phone();
		String reference = VictimReports.submit(intake, new Contact(ContactChannel.PHONE, null, phone, null, true));
		notifications.promptVictim(reference, VictimPrompt.NEW_MESSAGE);
		dispatcher.dispatchDue(clock.instant().plusSeconds(1));
		assertThat(recordingSms.sentTo(phone)).singleElement()
			.satisfies(text -> assertThat(text.body())
				.isEqualTo("There is a new message for you. Sign in to read it: http://localhost:8080/track"));
		assertThat(rows(reference)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("state", "SENT").containsEntry("channel", "recording-sms"));
	}

	@Test
	void outsideTheSafeWindowAMessageWaitsForItsOpeningWithoutCountingAsAFailure() {
		String email = VictimReports.email();
		String reference = VictimReports.submit(intake, new Contact(ContactChannel.EMAIL, email, null,
				"weekdays at work", false, LocalTime.of(9, 0), LocalTime.of(17, 0)));
		notifications.promptVictim(reference, VictimPrompt.CASE_UPDATED);
		LocalDate tomorrow = LocalDate.now(clock.withZone(UK)).plusDays(1);
		Instant earlyMorning = tomorrow.atTime(3, 0).atZone(UK).toInstant();
		Instant opening = tomorrow.atTime(9, 0).atZone(UK).toInstant();

		dispatcher.dispatchDue(earlyMorning);
		assertThat(recordingEmail.sentTo(email)).isEmpty();
		Map<String, Object> row = rows(reference).get(0);
		assertThat(row).containsEntry("state", "PENDING").containsEntry("attempts", 0);
		assertThat(NotificationOutboxTest.instant(row, "next_attempt_at")).isEqualTo(opening);

		dispatcher.dispatchDue(opening.minusSeconds(1));
		assertThat(recordingEmail.sentTo(email)).isEmpty();
		dispatcher.dispatchDue(opening);
		assertThat(recordingEmail.sentTo(email)).hasSize(1);
		assertThat(rows(reference).get(0)).containsEntry("state", "SENT").containsEntry("attempts", 1);
	}

	@Test
	void noMessageToAVictimCarriesTheReferenceOrAnyWordOfTheReport() {
		String email = VictimReports.email();
		String phone = VictimReports.phone();
		String byEmail = VictimReports.submit(intake, new Contact(ContactChannel.EMAIL, email, null, null, false));
		String byText = VictimReports.submit(intake, new Contact(ContactChannel.PHONE, null, phone, null, true));
		for (VictimPrompt prompt : VictimPrompt.values()) {
			notifications.promptVictim(byEmail, prompt);
			notifications.promptVictim(byText, prompt);
		}
		dispatcher.dispatchDue(clock.instant().plusSeconds(1));

		List<OutgoingMessage> sent = new ArrayList<>(recordingEmail.sentTo(email));
		sent.addAll(recordingSms.sentTo(phone));
		assertThat(sent).hasSize(2 * VictimPrompt.values().length);
		List<String> forbidden = new ArrayList<>(List.of(byEmail, byText, "Morwenna", "Trelawney",
				VictimReports.ACCUSED.givenNames(), VictimReports.ACCUSED.familyName(),
				VictimReports.ACCUSED.identifier(), "Sergeant", "Cumbria", "Lancashire", "Yorkshire", "police"));
		for (String word : VictimReports.NARRATIVE.split("\\s+")) {
			if (word.length() > 3) {
				forbidden.add(word);
			}
		}
		assertThat(sent).allSatisfy(message -> {
			String text = (message.subject() == null ? "" : message.subject()) + " " + message.body();
			assertThat(text).containsIgnoringCase("sign in").contains("http://localhost:8080/track");
			for (String word : forbidden) {
				assertThat(text).doesNotContainIgnoringCase(word);
			}
		});
	}

	@Test
	void aChangeOfContactMadeAfterQueueingIsWhatTheMessageFollows() {
		String email = VictimReports.email();
		String reference = VictimReports.submit(intake, new Contact(ContactChannel.EMAIL, email, null, null, false));
		notifications.promptVictim(reference, VictimPrompt.NEW_MESSAGE);
		// The victim's later choice, as their view would record it: no contact outside the service.
		jdbc.sql("update report set victim_contact_enc = null where reference = :r").param("r", reference).update();
		dispatcher.dispatchDue(clock.instant().plusSeconds(1));
		assertThat(recordingEmail.sentTo(email)).isEmpty();
		assertThat(rows(reference)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("state", "SERVICE_ONLY"));
	}

	private List<Map<String, Object>> rows(String reference) {
		return jdbc.sql("select * from notification where case_reference = :r order by id")
			.param("r", reference)
			.query()
			.listOfRows();
	}

}
