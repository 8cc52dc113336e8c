package org.crossforce.statistics.internal;

import org.crossforce.investigations.InvestigationStepRecorded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A step sets the crime-recording decision, an outcome or the first key decision. Runs after the publishing transaction, from the outbox, so a failure is retried. */
@Component("statisticsOnInvestigationStepRecorded")
class OnInvestigationStepRecorded {

	private final CaseFacts facts;

	OnInvestigationStepRecorded(CaseFacts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(InvestigationStepRecorded recorded) {
		facts.stepRecorded(recorded.reference(), recorded.step(), recorded.occurredOn());
	}

}
