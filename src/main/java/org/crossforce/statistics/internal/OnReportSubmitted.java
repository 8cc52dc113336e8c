package org.crossforce.statistics.internal;

import org.crossforce.reports.ReportSubmitted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A report starts its case's row. Runs after the publishing transaction, from the outbox, so a failure is retried. */
@Component("statisticsOnReportSubmitted")
class OnReportSubmitted {

	private final CaseFacts facts;

	OnReportSubmitted(CaseFacts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(ReportSubmitted report) {
		facts.reported(report);
	}

}
