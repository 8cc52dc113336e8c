package org.crossforce.statistics.internal;

import org.crossforce.investigations.VictimsCodeDutyClosed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A Victims' Code duty done counts as met on time when done by its deadline. Runs after the publishing transaction, from the outbox, so a failure is retried. */
@Component("statisticsOnVictimsCodeDutyClosed")
class OnVictimsCodeDutyClosed {

	private final CaseFacts facts;

	OnVictimsCodeDutyClosed(CaseFacts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(VictimsCodeDutyClosed closed) {
		facts.dutyClosed(closed.reference(), closed.dutyId(), closed.dueOn(), closed.doneOn());
	}

}
