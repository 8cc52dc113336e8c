package org.crossforce.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.crossforce.audit.AuditLog;
import org.crossforce.notifications.NotificationChannel;
import org.crossforce.notifications.NotificationChannel.Medium;
import org.crossforce.notifications.OutgoingMessage;
import org.crossforce.notifications.StaffNotice;
import org.crossforce.notifications.VictimPrompt;
import org.crossforce.reports.Contact;
import org.crossforce.reports.Contact.ContactChannel;
import org.crossforce.reports.Reports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the messages whose time has come, each in its own transaction so that one failure holds up no other. A
 * victim's contact is read at the moment of sending, so a change they made in their view since applies.
 */
@Component
public class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	/** Runs of a batch at most in one dispatch, so a row that cannot even record its failure cannot loop for ever. */
	private static final int MAX_BATCHES = 20;

	private final Outbox outbox;

	private final Channels channels;

	private final MessageTexts texts;

	private final Reports reports;

	private final AuditLog audit;

	private final NotificationProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	OutboxDispatcher(Outbox outbox, Channels channels, MessageTexts texts, Reports reports, AuditLog audit,
			NotificationProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this.outbox = outbox;
		this.channels = channels;
		this.texts = texts;
		this.reports = reports;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Sends everything due now; returns how many rows were handled. */
	public int dispatchDue() {
		return dispatchDue(clock.instant());
	}

	/** Sends everything due at {@code now}; tests pass a later time to see retries and safe windows. */
	public int dispatchDue(Instant now) {
		int handled = 0;
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			List<Long> due = transaction.execute(status -> outbox.due(now, properties.batchSize()));
			due.forEach(id -> dispatch(id, now));
			handled += due.size();
			if (due.size() < properties.batchSize()) {
				break;
			}
		}
		return handled;
	}

	private void dispatch(long id, Instant now) {
		try {
			transaction.executeWithoutResult(status -> outbox.lockIfDue(id, now).ifPresent(row -> handle(row, now)));
		}
		catch (RuntimeException failure) {
			// Reading the contact or the row failed and the transaction rolled back: count the attempt afresh.
			log.warn("Notification {} could not be prepared: {}", id, failure.getClass().getSimpleName());
			transaction.executeWithoutResult(status -> outbox.lockIfDue(id, now)
				.ifPresent(row -> failed(row, null, describe(failure), now)));
		}
	}

	private void handle(Outbox.Row row, Instant now) {
		if (row.kind() == Outbox.RecipientKind.AUTHORITY) {
			send(row, channels.forMedium(Medium.EMAIL), row.letter(), now);
			return;
		}
		if (row.kind() == Outbox.RecipientKind.STAFF) {
			send(row, channels.forMedium(Medium.EMAIL),
					texts.forStaff(StaffNotice.valueOf(row.template()), row.username()), now);
			return;
		}
		Optional<Contact> found = reports.account(row.reference()).map(Reports.VictimAccount::contact);
		if (found.isEmpty()) {
			failed(row, null, "No report with this reference", now);
			return;
		}
		Contact contact = found.get();
		audit.record("system", "notification.contact.read", "case " + row.reference(),
				"prompt=" + row.template() + ", channel=" + contact.preferred());
		Medium medium;
		String address;
		if (contact.preferred() == ContactChannel.EMAIL) {
			medium = Medium.EMAIL;
			address = contact.email();
		}
		else if (contact.preferred() == ContactChannel.PHONE && contact.leaveMessages()) {
			medium = Medium.SMS;
			address = contact.phone();
		}
		else {
			outbox.withheld(row.id(), contact.preferred() == ContactChannel.PHONE ? OutboxState.NO_MESSAGES
					: OutboxState.SERVICE_ONLY);
			return;
		}
		if (address == null || address.isBlank()) {
			outbox.withheld(row.id(), OutboxState.SERVICE_ONLY);
			return;
		}
		if (!SafeTimes.safeAt(contact, now)) {
			outbox.postpone(row.id(), SafeTimes.nextOpening(contact, now));
			return;
		}
		send(row, channels.forMedium(medium),
				texts.forVictim(VictimPrompt.valueOf(row.template()), medium, address), now);
	}

	private void send(Outbox.Row row, NotificationChannel channel, OutgoingMessage message, Instant now) {
		try {
			channel.send(message);
		}
		catch (RuntimeException failure) {
			log.warn("Notification {} not sent through {} (attempt {}): {}", row.id(), channel.name(),
					row.attempts() + 1, describe(failure));
			failed(row, channel.name(), describe(failure), now);
			return;
		}
		outbox.sent(row.id(), channel.name(), now);
	}

	private void failed(Outbox.Row row, String channel, String error, Instant now) {
		int attempts = row.attempts() + 1;
		Optional<Instant> retryAt = attempts >= properties.maxAttempts() ? Optional.empty()
				: Optional.of(now.plus(properties.delayAfter(attempts)));
		outbox.attemptFailed(row.id(), channel, error, retryAt);
		if (retryAt.isEmpty()) {
			log.error("Notification {} failed after {} attempts; shown at /admin/notifications", row.id(), attempts);
		}
	}

	/**
	 * What went wrong, for administrators: the kind of failure and its message with anything like an email address
	 * or a phone number taken out, since a mail server's answer may quote the victim's address.
	 */
	static String describe(Throwable failure) {
		String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
		String text = (failure.getClass().getSimpleName() + message)
			.replaceAll("[^\\s<>\"',;:]+@[^\\s<>\"',;:]+", "[address]")
			.replaceAll("\\+?\\d[\\d ()-]{5,}\\d", "[number]");
		return text.length() > 500 ? text.substring(0, 499) + "…" : text;
	}

}
