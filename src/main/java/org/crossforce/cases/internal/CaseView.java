package org.crossforce.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.crossforce.reports.AbuseKind;
import org.crossforce.reports.AccusedRole;
import org.crossforce.reports.Contact;
import org.crossforce.reports.Relationship;
import org.crossforce.reports.Reports;

/**
 * A case as one user may see it: the summary always, each other part only when the access policy allowed it
 * (absent otherwise). Reasons are rendered in plain English.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseView(String reference, String status, Instant submittedAt, String channel, String employingForce,
		String incidentForce, AccusedRole accusedRole, Relationship relationship, Set<AbuseKind> abuseKinds,
		LocalDate occurredFrom, LocalDate occurredTo, String classification, String classificationReason,
		Allocation allocation, Referral iopcReferral, Victim victim, Account account, List<Reports.EvidenceFileDescription> files,
		ConductNotice conductNotice) {

	record Allocation(String investigatingForce, int distance, Instant decidedAt, boolean overridden,
			String decidedBy, String overrideReason, List<Considered> considered) {
	}

	record Considered(String force, String forceName, Integer distance, boolean excluded, List<String> reasons) {
	}

	record Referral(boolean required, String summary, List<Criterion> criteria, String mode, String directedForce,
			String modeReason) {
	}

	record Criterion(String criterion, String title, boolean met, String reason) {
	}

	record Victim(boolean anonymous, String givenNames, String familyName, String servesWithForce) {
	}

	/** How to contact the victim, their account, and what they added to it later from their own view. */
	record Account(Contact contact, String narrative, List<Reports.Addition> additions) {
	}

	/** The restricted notice for the employing force: never the victim's identity, contact, location or account. */
	record ConductNotice(String reference, String accusedGivenNames, String accusedFamilyName, String identifier,
			AccusedRole role, String rank, String employingForce, Set<AbuseKind> allegationKinds, List<String> riskFlags,
			String investigatingForce, Instant issuedAt) {
	}

}
