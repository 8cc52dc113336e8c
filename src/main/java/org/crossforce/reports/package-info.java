/**
 * Reporting: the victim's and the advocate's journeys, the API for force and advocate systems, evidence files,
 * receipts (reference and passphrase), consent, and the encrypted storage of what a victim tells us. Publishes
 * {@link org.crossforce.reports.ReportSubmitted} once a report is safely stored.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
		allowedDependencies = { "web", "identity", "reference", "crypto", "audit" })
package org.crossforce.reports;
