package org.crossforce.allocation;

import java.util.Objects;

/**
 * One mandatory referral criterion, whether the report's facts meet it, and why or why not.
 */
public record CriterionResult(Criterion criterion, boolean met, Reason reason) {

	public CriterionResult {
		Objects.requireNonNull(criterion, "criterion");
		Objects.requireNonNull(reason, "reason");
	}

}
