package org.crossforce.reports;

import java.util.Optional;

import org.crossforce.reports.internal.ReportAmendments;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Demo mode only: one illustrative report whose passphrase is published, so that someone trying the service can
 * follow a case in the victim's own view. Never anything when demo mode is off.
 */
@Service
public class DemoCase {

	/** Illustrative, and published on purpose: it opens only the demo report it was set on. */
	public static final String PASSPHRASE = "FAKE-CASE-PASS-2025";

	private final ReportAmendments amendments;

	private final boolean demoMode;

	DemoCase(ReportAmendments amendments, @Value("${crossforce.demo.enabled}") boolean demoMode) {
		this.amendments = amendments;
		this.demoMode = demoMode;
	}

	public Optional<ReportReceipt> receipt() {
		return demoMode ? amendments.demoReceiptReference().map(reference -> new ReportReceipt(reference, PASSPHRASE))
				: Optional.empty();
	}

}
