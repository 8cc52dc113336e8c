package org.crossforce.foi;

import java.util.EnumSet;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.foi.FoiState.AWAITING_CLARIFICATION;
import static org.crossforce.foi.FoiState.AWAITING_RESPONSE;
import static org.crossforce.foi.FoiState.CLARIFICATION_SENT;
import static org.crossforce.foi.FoiState.EXTENDED_PUBLIC_INTEREST;
import static org.crossforce.foi.FoiState.ICO_COMPLAINT_MADE;
import static org.crossforce.foi.FoiState.INFORMATION_NOT_HELD;
import static org.crossforce.foi.FoiState.INTERNAL_REVIEW_ANSWERED;
import static org.crossforce.foi.FoiState.INTERNAL_REVIEW_REQUESTED;
import static org.crossforce.foi.FoiState.NOT_SENT;
import static org.crossforce.foi.FoiState.PARTIALLY_SUCCESSFUL;
import static org.crossforce.foi.FoiState.REFUSED;
import static org.crossforce.foi.FoiState.SUCCESSFUL;
import static org.crossforce.foi.FoiState.WITHDRAWN;

class FoiStateTest {

	@Test
	void theTransitionTable() {
		assertThat(NOT_SENT.nextStates()).containsExactlyInAnyOrder(AWAITING_RESPONSE, WITHDRAWN);
		assertThat(AWAITING_RESPONSE.nextStates()).containsExactlyInAnyOrder(SUCCESSFUL, PARTIALLY_SUCCESSFUL,
				REFUSED, INFORMATION_NOT_HELD, WITHDRAWN, AWAITING_CLARIFICATION, EXTENDED_PUBLIC_INTEREST,
				INTERNAL_REVIEW_REQUESTED, ICO_COMPLAINT_MADE);
		// The authority may ask again after our clarification.
		assertThat(CLARIFICATION_SENT.nextStates()).isEqualTo(AWAITING_RESPONSE.nextStates());
		assertThat(AWAITING_CLARIFICATION.nextStates()).containsExactlyInAnyOrder(CLARIFICATION_SENT, WITHDRAWN);
		assertThat(EXTENDED_PUBLIC_INTEREST.nextStates()).containsExactlyInAnyOrder(SUCCESSFUL, PARTIALLY_SUCCESSFUL,
				REFUSED, INFORMATION_NOT_HELD, WITHDRAWN, EXTENDED_PUBLIC_INTEREST, INTERNAL_REVIEW_REQUESTED,
				ICO_COMPLAINT_MADE);
		for (FoiState answer : FoiState.ANSWERS) {
			assertThat(answer.nextStates()).as(answer.name())
				.containsExactlyInAnyOrder(INTERNAL_REVIEW_REQUESTED, ICO_COMPLAINT_MADE);
		}
		assertThat(INTERNAL_REVIEW_REQUESTED.nextStates()).containsExactlyInAnyOrder(INTERNAL_REVIEW_ANSWERED,
				ICO_COMPLAINT_MADE, WITHDRAWN);
		assertThat(INTERNAL_REVIEW_ANSWERED.nextStates()).containsExactlyInAnyOrder(ICO_COMPLAINT_MADE, SUCCESSFUL,
				PARTIALLY_SUCCESSFUL, REFUSED, INFORMATION_NOT_HELD);
		assertThat(ICO_COMPLAINT_MADE.nextStates()).containsExactlyInAnyOrder(SUCCESSFUL, PARTIALLY_SUCCESSFUL,
				REFUSED, INFORMATION_NOT_HELD, WITHDRAWN);
	}

	@Test
	void withdrawnIsTheEnd() {
		assertThat(WITHDRAWN.nextStates()).isEmpty();
		for (FoiState state : FoiState.values()) {
			assertThat(WITHDRAWN.canMoveTo(state)).isFalse();
		}
	}

	@Test
	void anExtensionMayBeExtendedAgainButAClarificationIsAnsweredOrWithdrawn() {
		assertThat(EXTENDED_PUBLIC_INTEREST.canMoveTo(EXTENDED_PUBLIC_INTEREST)).isTrue();
		assertThat(AWAITING_CLARIFICATION.canMoveTo(CLARIFICATION_SENT)).isTrue();
		assertThat(AWAITING_CLARIFICATION.canMoveTo(WITHDRAWN)).isTrue();
		EnumSet.complementOf(EnumSet.of(CLARIFICATION_SENT, WITHDRAWN))
			.forEach(other -> assertThat(AWAITING_CLARIFICATION.canMoveTo(other)).as(other.name()).isFalse());
	}

	@Test
	void noStateLeadsBackToNotSentAndEveryOtherStateCanBeReached() {
		EnumSet<FoiState> reachable = EnumSet.noneOf(FoiState.class);
		for (FoiState state : FoiState.values()) {
			reachable.addAll(state.nextStates());
		}
		assertThat(reachable).isEqualTo(EnumSet.complementOf(EnumSet.of(NOT_SENT)));
	}

	@Test
	void theAnswerAndAwaitingGroups() {
		assertThat(FoiState.ANSWERS).containsExactlyInAnyOrder(SUCCESSFUL, PARTIALLY_SUCCESSFUL, REFUSED,
				INFORMATION_NOT_HELD);
		assertThat(FoiState.AWAITING).containsExactlyInAnyOrder(AWAITING_RESPONSE, CLARIFICATION_SENT,
				EXTENDED_PUBLIC_INTEREST);
	}

	@Test
	void everyStateAndExemptionHasANameForPeople() {
		MessageSource messages = FoiClockTest.messages();
		for (FoiState state : FoiState.values()) {
			assertThat(state.messageCode()).isEqualTo("foi.state." + state.name());
			assertThat(messages.getMessage(state.messageCode(), null, null, Locale.UK)).as(state.messageCode())
				.isNotBlank();
		}
		for (Exemption exemption : Exemption.values()) {
			assertThat(exemption.messageCode()).isEqualTo("foi.exemption." + exemption.name());
			assertThat(messages.getMessage(exemption.messageCode(), null, null, Locale.UK)).as(exemption.messageCode())
				.isNotBlank();
		}
	}

}
