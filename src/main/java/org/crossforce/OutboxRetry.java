package org.crossforce;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries every event whose listener has not yet succeeded: a report stays acknowledged and its allocation
 * follows as soon as whatever failed recovers. Events still incomplete at shutdown are retried at the next start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
class OutboxRetry {

	private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

	private final IncompleteEventPublications incomplete;

	private final Duration olderThan;

	OutboxRetry(IncompleteEventPublications incomplete,
			@Value("${crossforce.outbox.retry-older-than:30s}") Duration olderThan) {
		this.incomplete = incomplete;
		this.olderThan = olderThan;
	}

	@Scheduled(fixedDelayString = "${crossforce.outbox.retry-every:60s}", initialDelayString = "${crossforce.outbox.retry-every:60s}")
	void retry() {
		try {
			incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
		}
		catch (RuntimeException failure) {
			log.warn("Retrying incomplete events failed; will try again", failure);
		}
	}

}
