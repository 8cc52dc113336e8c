package org.crossforce.allocation;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.crossforce.reports.AbuseKind;
import org.crossforce.reports.AccusedRole;
import org.crossforce.reports.ReferralIndicators;
import org.crossforce.reports.ReportSubmitted;

/**
 * What the referral criteria are evaluated against: the reporter's answers, not findings.
 *
 * @param indicators the answers bearing on referral
 * @param accusedRole what the accused does for the police
 * @param accusedRank the accused's rank as the reporter wrote it, or null
 * @param abuseKinds the kinds of abuse reported
 * @param sameIncidentAsReferred the report arises from the same incident as a matter already referred to the IOPC
 * (known only once reports are linked; false for a new report)
 */
public record ReferralFacts(ReferralIndicators indicators, AccusedRole accusedRole, String accusedRank,
		Set<AbuseKind> abuseKinds, boolean sameIncidentAsReferred) {

	public ReferralFacts {
		Objects.requireNonNull(indicators, "indicators");
		abuseKinds = abuseKinds == null || abuseKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(abuseKinds));
		accusedRank = accusedRank == null || accusedRank.isBlank() ? null : accusedRank.strip();
	}

	/** The facts of a newly submitted report, not yet linked to any other. */
	public static ReferralFacts of(ReportSubmitted report) {
		return new ReferralFacts(report.indicators(), report.accusedRole(), report.accusedRank(), report.abuseKinds(),
				false);
	}

}
