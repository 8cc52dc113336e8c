package org.crossforce.notifications.internal;

import org.crossforce.notifications.NotificationChannel;
import org.crossforce.notifications.OutgoingMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default channel: writes the message to the application log with the address masked, so development and demo
 * runs send nothing anywhere. Any other channel for the same medium replaces it.
 */
public final class LogChannel implements NotificationChannel {

	private static final Logger log = LoggerFactory.getLogger(LogChannel.class);

	private final Medium medium;

	public LogChannel(Medium medium) {
		this.medium = medium;
	}

	@Override
	public Medium medium() {
		return medium;
	}

	@Override
	public String name() {
		return "log";
	}

	@Override
	public void send(OutgoingMessage message) {
		log.info("{} to {}: {} | {}", medium, message.maskedAddress(), message.subject(), message.body());
	}

}
