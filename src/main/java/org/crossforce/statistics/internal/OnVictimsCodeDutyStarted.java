package org.crossforce.statistics.internal;

import org.crossforce.investigations.VictimsCodeDutyStarted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A Victims' Code duty counts as due from when it starts. Runs after the publishing transaction, from the outbox, so a failure is retried. */
@Component("statisticsOnVictimsCodeDutyStarted")
class OnVictimsCodeDutyStarted {

	private final CaseFacts facts;

	OnVictimsCodeDutyStarted(CaseFacts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(VictimsCodeDutyStarted started) {
		facts.dutyStarted(started.reference(), started.dutyId(), started.dueOn());
	}

}
