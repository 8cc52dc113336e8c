package org.crossforce.notifications.internal;

/** Where a queued message stands. Every state but {@code PENDING} is final until an administrator re-queues it. */
public enum OutboxState {

	/** Waiting for its next attempt. */
	PENDING,
	/** Accepted by a channel. */
	SENT,
	/** Not sent: the victim chose to be contacted only inside the service. */
	SERVICE_ONLY,
	/** Not sent: the victim's chosen channel is the phone and they said no message may be left. */
	NO_MESSAGES,
	/** Every attempt failed; shown to administrators, who may queue it again. */
	FAILED

}
