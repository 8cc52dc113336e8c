package org.crossforce.allocation.internal;

import org.crossforce.allocation.Allocations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for allocations not accepted within 2 working days every
 * {@code crossforce.allocation.escalation-check-every} (15 minutes by default) and escalates them. Off with
 * {@code crossforce.scheduling.enabled=false}, as in tests, which call {@link Allocations#escalateOverdueAcceptances()}.
 */
@Component
@ConditionalOnProperty(name = "crossforce.scheduling.enabled", matchIfMissing = true)
class AcceptanceEscalationSchedule {

	private static final Logger log = LoggerFactory.getLogger(AcceptanceEscalationSchedule.class);

	private final Allocations allocations;

	AcceptanceEscalationSchedule(Allocations allocations) {
		this.allocations = allocations;
	}

	@Scheduled(fixedDelayString = "${crossforce.allocation.escalation-check-every:15m}",
			initialDelayString = "${crossforce.allocation.escalation-check-every:15m}")
	void escalate() {
		try {
			allocations.escalateOverdueAcceptances();
		}
		catch (RuntimeException failure) {
			log.warn("Escalating late acceptances failed; will try again", failure);
		}
	}

}
