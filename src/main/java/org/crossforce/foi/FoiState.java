package org.crossforce.foi;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands. Each recorded step moves a request to one of these; overdue and very overdue are not
 * states: {@link FoiClock} works them out from the steps and today's date.
 */
public enum FoiState {

	/** Written, addressed, not yet sent. */
	NOT_SENT,
	/** Sent and received: the authority has 20 working days (FOIA s.10(1)). */
	AWAITING_RESPONSE,
	/** The authority asked what we meant: the clock stops until it receives our answer (FOIA s.1(3)). */
	AWAITING_CLARIFICATION,
	/** Our clarification reached the authority: the 20 working days start again from that day. */
	CLARIFICATION_SENT,
	/** The authority extended the deadline to consider the public interest (FOIA s.10(3)). */
	EXTENDED_PUBLIC_INTEREST,
	SUCCESSFUL,
	PARTIALLY_SUCCESSFUL,
	/** Refused, citing one or more {@link Exemption}s. */
	REFUSED,
	INFORMATION_NOT_HELD,
	WITHDRAWN,
	/** We asked the authority to review its handling: due in 20 working days, 40 at most (s.45 code of practice). */
	INTERNAL_REVIEW_REQUESTED,
	INTERNAL_REVIEW_ANSWERED,
	/** A complaint to the Information Commissioner (FOIA s.50). */
	ICO_COMPLAINT_MADE;

	/** States that are the authority's answer to the request. */
	public static final Set<FoiState> ANSWERS = EnumSet.of(SUCCESSFUL, PARTIALLY_SUCCESSFUL, REFUSED,
			INFORMATION_NOT_HELD);

	/** States in which the authority owes a response to the request itself. */
	public static final Set<FoiState> AWAITING = EnumSet.of(AWAITING_RESPONSE, CLARIFICATION_SENT,
			EXTENDED_PUBLIC_INTEREST);

	/** Whether a request in this state may move to {@code next}. */
	public boolean canMoveTo(FoiState next) {
		return nextStates().contains(next);
	}

	/** The states a request in this one may move to, in the order a person would consider them. */
	public Set<FoiState> nextStates() {
		Set<FoiState> answersOrWithdrawn = EnumSet.of(SUCCESSFUL, PARTIALLY_SUCCESSFUL, REFUSED, INFORMATION_NOT_HELD,
				WITHDRAWN);
		return switch (this) {
			case NOT_SENT -> EnumSet.of(AWAITING_RESPONSE, WITHDRAWN);
			// A late response can go to internal review or straight to the ICO (FOIA s.50 covers a failure to reply).
			case AWAITING_RESPONSE, CLARIFICATION_SENT -> union(answersOrWithdrawn, AWAITING_CLARIFICATION,
					EXTENDED_PUBLIC_INTEREST, INTERNAL_REVIEW_REQUESTED, ICO_COMPLAINT_MADE);
			case EXTENDED_PUBLIC_INTEREST -> union(answersOrWithdrawn, EXTENDED_PUBLIC_INTEREST,
					INTERNAL_REVIEW_REQUESTED, ICO_COMPLAINT_MADE);
			case AWAITING_CLARIFICATION -> EnumSet.of(CLARIFICATION_SENT, WITHDRAWN);
			case SUCCESSFUL, PARTIALLY_SUCCESSFUL, REFUSED, INFORMATION_NOT_HELD -> EnumSet
				.of(INTERNAL_REVIEW_REQUESTED, ICO_COMPLAINT_MADE);
			case INTERNAL_REVIEW_REQUESTED -> EnumSet.of(INTERNAL_REVIEW_ANSWERED, ICO_COMPLAINT_MADE, WITHDRAWN);
			// A review or the ICO may lead the authority to answer again.
			case INTERNAL_REVIEW_ANSWERED -> EnumSet.of(ICO_COMPLAINT_MADE, SUCCESSFUL, PARTIALLY_SUCCESSFUL, REFUSED,
					INFORMATION_NOT_HELD);
			case ICO_COMPLAINT_MADE -> EnumSet.of(SUCCESSFUL, PARTIALLY_SUCCESSFUL, REFUSED, INFORMATION_NOT_HELD,
					WITHDRAWN);
			case WITHDRAWN -> EnumSet.noneOf(FoiState.class);
		};
	}

	/** The {@code messages.properties} key of the state's name for people ({@code foi.state.*}). */
	public String messageCode() {
		return "foi.state." + name();
	}

	private static Set<FoiState> union(Set<FoiState> base, FoiState... more) {
		Set<FoiState> all = EnumSet.copyOf(base);
		all.addAll(Set.of(more));
		return all;
	}

}
