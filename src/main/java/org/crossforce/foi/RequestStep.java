package org.crossforce.foi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One recorded step of a request: the state it moved to and the day that took effect (the day the authority received
 * the request or our clarification, the date of its reply, the day we asked for a review).
 *
 * @param extensionDays for {@link FoiState#EXTENDED_PUBLIC_INTEREST}, the working days the authority added; else null
 * @param exemptions for {@link FoiState#REFUSED} or {@link FoiState#PARTIALLY_SUCCESSFUL}, the grounds cited
 */
public record RequestStep(FoiState state, LocalDate effectiveOn, Integer extensionDays, Set<Exemption> exemptions) {

	public RequestStep {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(effectiveOn, "effectiveOn");
		exemptions = exemptions == null ? Set.of() : Set.copyOf(exemptions);
	}

	public static RequestStep of(FoiState state, LocalDate effectiveOn) {
		return new RequestStep(state, effectiveOn, null, Set.of());
	}

}
