package org.crossforce.notifications.internal;

/** A channel could not deliver; the message names the failure without any address. */
public class ChannelFailure extends RuntimeException {

	public ChannelFailure(String message, Throwable cause) {
		super(message, cause);
	}

}
