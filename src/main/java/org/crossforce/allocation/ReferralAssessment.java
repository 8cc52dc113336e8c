package org.crossforce.allocation;

import java.util.List;

/**
 * Whether a report must be referred to the IOPC, with every criterion evaluated, met or not, so that a decision not
 * to refer shows its working as plainly as a decision to refer.
 *
 * @param required true when at least one criterion is met
 * @param criteria every criterion, in the order of {@link Criterion}
 * @param summary the outcome in one sentence
 */
public record ReferralAssessment(boolean required, List<CriterionResult> criteria, Reason summary) {

	public ReferralAssessment {
		criteria = List.copyOf(criteria);
	}

	/** The criteria met, in order; empty when referral is not required. */
	public List<Criterion> met() {
		return criteria.stream().filter(CriterionResult::met).map(CriterionResult::criterion).toList();
	}

	public CriterionResult result(Criterion criterion) {
		return criteria.stream().filter(result -> result.criterion() == criterion).findFirst().orElseThrow();
	}

}
