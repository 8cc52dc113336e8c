package org.crossforce.allocation.internal;

import org.crossforce.reports.ReportSubmitted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Allocates each report once it is committed. Runs after the report's transaction, from the outbox: if it fails,
 * the report stays acknowledged and the publication stays incomplete until a retry succeeds.
 */
@Component
class OnReportSubmitted {

	private final Allocator allocator;

	OnReportSubmitted(Allocator allocator) {
		this.allocator = allocator;
	}

	@ApplicationModuleListener
	void on(ReportSubmitted report) {
		allocator.allocate(report);
	}

}
