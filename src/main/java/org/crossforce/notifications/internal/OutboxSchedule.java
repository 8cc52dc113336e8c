package org.crossforce.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the dispatcher every {@code crossforce.notifications.dispatch-every} (30 seconds by default). Tests turn
 * scheduled work off with {@code crossforce.scheduling.enabled=false} and call the dispatcher themselves.
 */
@Component
@ConditionalOnProperty(name = "crossforce.scheduling.enabled", matchIfMissing = true)
class OutboxSchedule {

	private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

	private final OutboxDispatcher dispatcher;

	OutboxSchedule(OutboxDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Scheduled(fixedDelayString = "${crossforce.notifications.dispatch-every:30s}",
			initialDelayString = "${crossforce.notifications.dispatch-every:30s}")
	void dispatch() {
		try {
			dispatcher.dispatchDue();
		}
		catch (RuntimeException failure) {
			log.warn("Sending notifications failed; will try again", failure);
		}
	}

}
