package org.crossforce.statistics.internal;

import org.crossforce.allocation.CaseAllocated;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** An allocation, or a re-allocation by override, sets who investigates and whether the IOPC was referred to. Runs after the publishing transaction, from the outbox, so a failure is retried. */
@Component("statisticsOnCaseAllocated")
class OnCaseAllocated {

	private final CaseFacts facts;

	OnCaseAllocated(CaseFacts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(CaseAllocated allocation) {
		facts.allocated(allocation.reference(), allocation.employingForce(), allocation.investigatingForce(),
				allocation.referredToIopc());
	}

}
