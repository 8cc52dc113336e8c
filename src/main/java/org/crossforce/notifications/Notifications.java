package org.crossforce.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.crossforce.identity.Role;
import org.crossforce.identity.StaffDirectory;
import org.crossforce.identity.StaffDirectory.StaffMember;
import org.crossforce.notifications.internal.Channels;
import org.crossforce.notifications.internal.LogChannel;
import org.crossforce.notifications.internal.Outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues notifications. Each call joins the caller's transaction, so nothing is queued for a change that rolls back,
 * and nothing queued is lost: the outbox sends it later, retrying until a channel accepts it.
 */
@Service
@Transactional
public class Notifications {

	private final Outbox outbox;

	private final StaffDirectory staff;

	private final Clock clock;

	private final Channels channels;

	Notifications(Outbox outbox, StaffDirectory staff, Channels channels, Clock clock) {
		this.outbox = outbox;
		this.channels = channels;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * Prompts the victim of a case to sign in to their view, on their chosen channel and inside their safe times;
	 * nothing is sent when they chose to be contacted only inside the service.
	 */
	public void promptVictim(String reference, VictimPrompt prompt) {
		outbox.queueForVictim(reference, prompt.name(), clock.instant());
	}

	/** Notifies one user (by username, which is their email address). */
	public void notifyUser(String username, StaffNotice notice) {
		outbox.queueForStaff(username, notice.name(), clock.instant());
	}

	/** Notifies every enabled user with the role in one organisation (a force code or an organisation code). */
	public void notifyOrganisation(String organisationCode, Role role, StaffNotice notice) {
		staff.withRole(organisationCode, role).forEach(member -> notify(member, notice));
	}

	/** Notifies every enabled user holding the role, in any organisation (e.g. every IOPC user, every administrator). */
	public void notifyEveryone(Role role, StaffNotice notice) {
		staff.withRole(role).forEach(member -> notify(member, notice));
	}

	/**
	 * Queues an email to a public authority's published address, exactly as written (FOI correspondence, which is
	 * public and holds nothing about a case); returns its id, for {@link #delivery(long)}.
	 */
	public long emailAuthority(OutgoingMessage letter) {
		return outbox.queueForAuthority(letter, clock.instant());
	}

	/** Whether email goes anywhere but the log: when it does not, correspondence goes as printed letters. */
	public boolean emailConfigured() {
		return !(channels.forMedium(NotificationChannel.Medium.EMAIL) instanceof LogChannel);
	}

	/** Where a queued message stands, if there is one with this id. */
	@Transactional(readOnly = true)
	public Optional<Delivery> delivery(long id) {
		return outbox.find(id).map(row -> new Delivery(row.state().name(), row.sentAt(), row.attempts()));
	}

	/**
	 * A queued message's state: PENDING (waiting or retrying), SENT, or FAILED (an administrator can try again at
	 * {@code /admin/notifications}).
	 */
	public record Delivery(String state, Instant sentAt, int attempts) {
	}

	private void notify(StaffMember member, StaffNotice notice) {
		outbox.queueForStaff(member.username(), notice.name(), clock.instant());
	}

}
