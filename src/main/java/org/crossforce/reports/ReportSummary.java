package org.crossforce.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What can be said of a report without decrypting anything: forces, kinds, dates, answers about risk, consent.
 * Nothing here identifies the victim or the accused.
 */
public record ReportSummary(String reference, Instant submittedAt, Submitter.Channel channel,
		String referringOrganisation, String employingForce, AccusedRole accusedRole, String accusedRank,
		List<String> previousForces, String victimForce, boolean victimAnonymous, Relationship relationship,
		Set<AbuseKind> abuseKinds, String incidentForce, LocalDate occurredFrom, LocalDate occurredTo,
		ReferralIndicators referralIndicators, Consent consent) {
}
