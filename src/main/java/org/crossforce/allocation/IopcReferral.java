package org.crossforce.allocation;

import java.time.Instant;

/**
 * The IOPC referral assessment of a case and, once the IOPC has decided it, the mode of investigation.
 *
 * @param mode null until the IOPC records it
 * @param directedForce for a directed investigation, the force the IOPC directs
 */
public record IopcReferral(String reference, ReferralAssessment assessment, Instant assessedAt, Mode mode,
		String directedForce, String modeReason, String modeDecidedBy, Instant modeDecidedAt) {

	/** How the IOPC decides a referred case is investigated (Police Reform Act 2002 Sch.3 para 15). */
	public enum Mode {
		LOCAL, DIRECTED, INDEPENDENT
	}

	public boolean required() {
		return assessment.required();
	}

}
