package org.crossforce.notifications;

/**
 * A way of delivering messages: the log (the default), email over SMTP, or a provider such as GOV.UK Notify. A
 * channel other than the log, registered as a bean for a medium, replaces the log for that medium; two such channels
 * for one medium are a configuration error found at start-up.
 */
public interface NotificationChannel {

	/** What a channel delivers. */
	enum Medium {
		EMAIL, SMS
	}

	Medium medium();

	/** A short name kept with each message sent through it, such as {@code smtp}. */
	String name();

	/**
	 * Delivers the message, or throws: the outbox then tries again later. A channel must not retry on its own, nor
	 * include the address in what it throws.
	 */
	void send(OutgoingMessage message);

}
