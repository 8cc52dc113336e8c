package org.crossforce.cases;

/**
 * The policy's answer for one user, case and resource, with the relation it was decided on and a message code
 * saying why.
 */
public record AccessDecision(Outcome outcome, CaseRelation relation, String reason) {

	public enum Outcome {
		ALLOWED,
		REFUSED,
		/** Refused because the user's force has a conflict of interest: audited and raised as an alert. */
		REFUSED_CONFLICTED
	}

	public boolean allowed() {
		return outcome == Outcome.ALLOWED;
	}

}
