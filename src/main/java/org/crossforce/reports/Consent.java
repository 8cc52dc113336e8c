package org.crossforce.reports;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/**
 * What the victim agreed to. When someone reports on the victim's behalf, how and when consent was given.
 *
 * @param shareWithInvestigatingForce the investigating force may see the victim's details and account
 * @param anonymisedUse the case may be counted in statistics and, anonymised, used as evidence for change
 * @param givenHow how consent was given to the advocate (null when the victim reports themselves)
 * @param givenOn when consent was given to the advocate (null when the victim reports themselves)
 */
public record Consent(@NotNull Boolean shareWithInvestigatingForce, @NotNull Boolean anonymisedUse, ConsentMethod givenHow,
		@PastOrPresent LocalDate givenOn) {

	public enum ConsentMethod {
		IN_PERSON, PHONE, WRITTEN, VIDEO_CALL
	}

}
