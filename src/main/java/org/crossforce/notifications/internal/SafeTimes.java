package org.crossforce.notifications.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.crossforce.reports.Contact;

/** When a victim's daily safe window next opens, in UK time (the window is in the victim's own, UK, time). */
final class SafeTimes {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private SafeTimes() {
	}

	static boolean safeAt(Contact contact, Instant now) {
		return contact.safeAt(now.atZone(UK).toLocalTime());
	}

	/** The first moment after {@code now} at which the window opens: today at its start, or tomorrow's. */
	static Instant nextOpening(Contact contact, Instant now) {
		ZonedDateTime local = now.atZone(UK);
		ZonedDateTime opening = ZonedDateTime.of(local.toLocalDate(), contact.safeFrom(), UK);
		if (!opening.toInstant().isAfter(now)) {
			opening = ZonedDateTime.of(local.toLocalDate().plusDays(1), contact.safeFrom(), UK);
		}
		return opening.toInstant();
	}

}
