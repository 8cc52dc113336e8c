package org.crossforce.reports;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A report has been stored and acknowledged. Carries only what allocation, referral and the conduct notice need:
 * never the victim's identity, contact details or account, because published events are kept in the outbox table.
 *
 * @param reference the case reference given to the reporter
 * @param employingForce the force that employs the accused
 * @param previousForces forces the accused served in before, if known
 * @param incidentForce the force area where the abuse happened
 * @param victimForce the force the victim serves with, or null
 * @param accusedRole the accused's role
 * @param accusedRank the officer's rank, or null
 * @param abuseKinds the kinds of abuse reported
 * @param indicators the answers bearing on IOPC referral and risk
 * @param submittedAt when the report was stored
 */
public record ReportSubmitted(String reference, String employingForce, List<String> previousForces,
		String incidentForce, String victimForce, AccusedRole accusedRole, String accusedRank, Set<AbuseKind> abuseKinds,
		ReferralIndicators indicators, Instant submittedAt) {
}
