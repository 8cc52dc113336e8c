package org.crossforce.allocation;

import java.time.Instant;

/**
 * One row of a list of cases: what allocation knows of a case without reading any of its content.
 *
 * @param referralRequired whether a mandatory IOPC referral criterion is met
 * @param mode the IOPC's mode of investigation, or null until decided (or when not referred)
 */
public record CaseListing(String reference, Instant submittedAt, String investigatingForce, String employingForce,
		boolean open, boolean referralRequired, IopcReferral.Mode mode) {
}
