package org.crossforce.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;


/**
 * Everything a report says, however it arrived (the victim's journey, an advocate's, or the API).
 *
 * @param accused who the report is about
 * @param victim the victim, or null for an anonymous report
 * @param relationship how they are personally connected
 * @param abuseKinds what kinds of abuse happened
 * @param incidentForce the force area where it happened
 * @param occurredFrom when it happened, or began
 * @param occurredTo when it ended, if it was a course of conduct
 * @param narrative the account in the victim's own words
 * @param referralIndicators answers bearing on IOPC referral and risk
 * @param consent what the victim agreed to
 * @param evidence files offered as evidence
 */
public record NewReport(@NotNull @Valid Accused accused, @Valid Victim victim, @NotNull Relationship relationship,
		@NotEmpty Set<@NotNull AbuseKind> abuseKinds, @NotBlank @Size(max = 64) String incidentForce,
		@NotNull @PastOrPresent LocalDate occurredFrom, @PastOrPresent LocalDate occurredTo,
		@NotBlank @Size(max = MAX_NARRATIVE) String narrative, ReferralIndicators referralIndicators,
		@NotNull @Valid Consent consent, @Size(max = 5) List<@NotNull @Valid EvidenceFile> evidence) {

	/** About twenty pages of text: room for a full account, not for a document dump (files are for those). */
	public static final int MAX_NARRATIVE = 50_000;

	public NewReport {
		// Tolerant of nulls so that validation, not construction, reports what is missing.
		abuseKinds = abuseKinds == null ? Set.of() : Set.copyOf(abuseKinds);
		referralIndicators = referralIndicators == null ? ReferralIndicators.NONE : referralIndicators;
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
	}

	/** Whether the victim gave no name; an anonymous victim may still say which force they serve with. */
	public boolean anonymous() {
		return victim == null || !victim.named();
	}

	/** The force the victim serves with, named or not, or null. */
	public String victimForce() {
		return victim == null ? null : victim.force();
	}

}
