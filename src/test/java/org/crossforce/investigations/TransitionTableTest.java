package org.crossforce.investigations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lifecycle, generated from the transition table: every phase of every track is reached by recording real
 * steps, then every step of that track is tried there. Listed transitions must succeed and land where the table
 * says; every other one must be refused with a clear message.
 */
class TransitionTableTest {

	static final org.springframework.context.support.ResourceBundleMessageSource MESSAGES = new org.springframework.context.support.ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
	}

	@TestFactory
	List<DynamicTest> everyStepFromEveryPhaseIsAllowedExactlyWhenTheTableSaysSo() {
		Map<Phase, List<Step>> paths = pathsToEveryPhase();
		List<DynamicTest> tests = new ArrayList<>();
		for (Step step : Step.values()) {
			for (Map.Entry<Phase, List<Step>> reached : paths.entrySet()) {
				Phase phase = reached.getKey();
				if (phase.track() != step.track()) {
					continue;
				}
				Optional<Phase> expected = TransitionTable.next(step, phase);
				// Where the step waits on another track, that track is brought to the phase it needs first.
				List<Step> before = withRequirement(step, reached.getValue(), paths);
				tests.add(DynamicTest.dynamicTest(step + " from " + phase, () -> {
					InvestigationState state = InvestigationState.after(before);
					assertThat(state.phase(step.track())).isEqualTo(phase);
					if (expected.isPresent()) {
						assertThat(state.allows(step)).isTrue();
						assertThat(state.record(step).phase(step.track())).isEqualTo(expected.get());
					}
					else {
						assertThat(state.allows(step)).isFalse();
						assertThatThrownBy(() -> state.record(step)).isInstanceOfSatisfying(IllegalStep.class,
								refused -> assertThat(MESSAGES.getMessage(refused, java.util.Locale.UK))
									.contains(step.name())
									.contains(phase.name())
									.doesNotContain("{"));
					}
				}));
			}
		}
		return tests;
	}

	/**
	 * Steps that wait on another track (a review needs a decision not to charge) are refused from every phase the
	 * table allows them, while that other track is at any phase but the one they need.
	 */
	@TestFactory
	List<DynamicTest> aStepThatWaitsOnAnotherTrackIsRefusedUntilThatTrackGetsThere() {
		Map<Phase, List<Step>> paths = pathsToEveryPhase();
		List<DynamicTest> tests = new ArrayList<>();
		for (Step step : Step.values()) {
			Optional<Phase> required = TransitionTable.requires(step);
			if (required.isEmpty()) {
				continue;
			}
			for (Phase from : TransitionTable.transitions(step).keySet()) {
				for (Map.Entry<Phase, List<Step>> elsewhere : paths.entrySet()) {
					Phase other = elsewhere.getKey();
					if (other.track() != required.get().track() || other == required.get()) {
						continue;
					}
					List<Step> before = new ArrayList<>(elsewhere.getValue());
					before.addAll(paths.get(from));
					tests.add(DynamicTest.dynamicTest(step + " from " + from + " while " + other, () -> {
						InvestigationState state = InvestigationState.after(before);
						assertThat(state.phase(step.track())).isEqualTo(from);
						assertThat(state.allows(step)).isFalse();
						assertThat(state.allowedSteps()).doesNotContain(step);
						assertThatThrownBy(() -> state.record(step)).isInstanceOfSatisfying(IllegalStep.class,
								refused -> {
									assertThat(refused.required()).isEqualTo(required.get());
									assertThat(MESSAGES.getMessage(refused, java.util.Locale.UK)).contains(step.name())
										.contains(required.get().name())
										.doesNotContain("{");
								});
					}));
				}
			}
		}
		assertThat(tests).as("the review waits on the criminal track").isNotEmpty();
		return tests;
	}

	@Test
	void everyPhaseCanBeReachedAndEveryStepIsUsedSomewhere() {
		Map<Phase, List<Step>> paths = pathsToEveryPhase();
		List<Phase> all = new ArrayList<>();
		all.addAll(List.of(Phase.Criminal.values()));
		all.addAll(List.of(Phase.CrimeRecording.values()));
		all.addAll(List.of(Phase.Classification.values()));
		all.addAll(List.of(Phase.Misconduct.values()));
		all.addAll(List.of(Phase.Contact.values()));
		all.addAll(List.of(Phase.Review.values()));
		assertThat(paths.keySet()).containsExactlyInAnyOrderElementsOf(all);
		for (Step step : Step.values()) {
			assertThat(TransitionTable.transitions(step)).as(step.name()).isNotEmpty();
		}
	}

	@Test
	void aChargeNeedsTheCpsAndFinalDecisionsAreFinal() {
		InvestigationState arrested = InvestigationState.after(List.of(Step.SUSPECT_ARRESTED));
		assertThat(arrested.allows(Step.CHARGED)).isFalse();
		InvestigationState charged = InvestigationState.after(List.of(Step.SUSPECT_ARRESTED,
				Step.INTERVIEWED_UNDER_CAUTION, Step.BAILED, Step.BAIL_CHANGED, Step.REFERRED_TO_CPS, Step.CHARGED));
		assertThat(charged.phase(Track.CRIMINAL)).isEqualTo(Phase.Criminal.CHARGED);
		assertThat(charged.allows(Step.NO_FURTHER_ACTION)).isFalse();
		assertThat(charged.allows(Step.VICTIM_CONTACTED)).as("the victim can always be contacted").isTrue();
		assertThat(InvestigationState.after(List.of(Step.NO_FURTHER_ACTION)).allowedSteps())
			.doesNotContain(Step.SUSPECT_ARRESTED, Step.CHARGED);
		assertThat(InvestigationState.initial().allows(Step.BAIL_CHANGED)).isFalse();
	}

	@Test
	void onlyAGrossMisconductHearingCanDismissAndOnlyADismissalLeadsToTheBarredList() {
		InvestigationState meeting = InvestigationState.after(List.of(Step.ASSESSED_AS_MISCONDUCT,
				Step.MISCONDUCT_INVESTIGATION_STARTED, Step.CASE_TO_ANSWER, Step.MISCONDUCT_MEETING_HELD));
		assertThat(meeting.allows(Step.OUTCOME_FINAL_WRITTEN_WARNING)).isTrue();
		assertThat(meeting.allows(Step.OUTCOME_DISMISSAL_WITHOUT_NOTICE)).isFalse();
		assertThat(meeting.allows(Step.OUTCOME_REDUCTION_IN_RANK)).isFalse();
		InvestigationState dismissed = InvestigationState.after(List.of(Step.ASSESSED_AS_GROSS_MISCONDUCT,
				Step.MISCONDUCT_INVESTIGATION_STARTED, Step.CASE_TO_ANSWER, Step.GROSS_MISCONDUCT_HEARING_HELD,
				Step.OUTCOME_DISMISSAL_WITHOUT_NOTICE));
		assertThat(dismissed.allowedSteps()).contains(Step.REFERRED_TO_BARRED_LIST);
		assertThat(meeting.allows(Step.REFERRED_TO_BARRED_LIST)).isFalse();
		assertThat(InvestigationState.after(List.of(Step.ASSESSED_AS_MISCONDUCT,
				Step.MISCONDUCT_INVESTIGATION_STARTED)).allows(Step.REFERRED_TO_ADVISORY_LIST)).isTrue();
	}

	@Test
	void theKeyDecisionsAreTheOnesTheVictimsCodeNames() {
		assertThat(java.util.Arrays.stream(Step.values()).filter(Step::keyDecision)).containsExactlyInAnyOrder(
				Step.SUSPECT_ARRESTED, Step.INTERVIEWED_UNDER_CAUTION, Step.RELEASED_WITHOUT_CHARGE, Step.BAILED,
				Step.RELEASED_UNDER_INVESTIGATION, Step.BAIL_CHANGED, Step.CHARGED, Step.NO_FURTHER_ACTION,
				Step.CONVICTED, Step.ACQUITTED, Step.REVIEW_DECISION_UPHELD, Step.REVIEW_DECISION_OVERTURNED);
	}

	@Test
	void aCourtOutcomeFollowsOnlyAChargeAndEndsTheCriminalTrack() {
		for (Step outcome : List.of(Step.CONVICTED, Step.ACQUITTED)) {
			assertThat(TransitionTable.transitions(outcome)).as(outcome.name())
				.isEqualTo(java.util.Map.of(Phase.Criminal.CHARGED, Phase.Criminal.valueOf(outcome.name())));
			assertThat(InvestigationState.initial().allows(outcome)).isFalse();
			assertThat(InvestigationState.after(List.of(Step.REFERRED_TO_CPS)).allows(outcome)).isFalse();
			assertThat(InvestigationState.after(List.of(Step.NO_FURTHER_ACTION)).allows(outcome)).isFalse();
		}
		InvestigationState charged = InvestigationState.after(List.of(Step.REFERRED_TO_CPS, Step.CHARGED));
		assertThat(charged.allowedSteps()).contains(Step.CONVICTED, Step.ACQUITTED);
		for (Step outcome : List.of(Step.CONVICTED, Step.ACQUITTED)) {
			InvestigationState decided = charged.record(outcome);
			assertThat(decided.allowedSteps().stream().filter(step -> step.track() == Track.CRIMINAL))
				.as("nothing follows %s on the criminal track", outcome)
				.isEmpty();
			assertThat(decided.allows(Step.REVIEW_REQUESTED)).as("a court's outcome is not a decision not to charge")
				.isFalse();
			assertThatThrownBy(() -> decided.record(Step.NO_FURTHER_ACTION)).isInstanceOf(IllegalStep.class);
		}
		assertThat(Step.ACQUITTED.needsReason()).as("the victim is told how the case ended").isTrue();
		assertThat(Step.CONVICTED.needsReason()).isFalse();
	}

	@Test
	void aReviewFollowsOnlyADecisionNotToChargeAndIsAcknowledgedBeforeItIsDecided() {
		assertThat(InvestigationState.initial().allows(Step.REVIEW_REQUESTED)).isFalse();
		InvestigationState charged = InvestigationState.after(List.of(Step.REFERRED_TO_CPS, Step.CHARGED));
		assertThat(charged.allows(Step.REVIEW_REQUESTED)).as("a charge is not a decision not to charge").isFalse();
		InvestigationState requested = InvestigationState.after(List.of(Step.NO_FURTHER_ACTION, Step.REVIEW_REQUESTED));
		assertThat(requested.phase(Track.REVIEW)).isEqualTo(Phase.Review.REQUESTED);
		assertThat(requested.allows(Step.REVIEW_DECISION_UPHELD)).isFalse();
		assertThat(requested.allows(Step.REVIEW_REQUESTED)).as("one review of the one decision").isFalse();
		InvestigationState acknowledged = requested.record(Step.REVIEW_ACKNOWLEDGED);
		assertThat(acknowledged.allowedSteps()).contains(Step.REVIEW_DECISION_UPHELD, Step.REVIEW_DECISION_OVERTURNED);
		assertThat(acknowledged.record(Step.REVIEW_DECISION_OVERTURNED).allowedSteps())
			.doesNotContain(Step.REVIEW_DECISION_UPHELD, Step.REVIEW_ACKNOWLEDGED, Step.REVIEW_REQUESTED);
	}

	/**
	 * A short list of real steps reaching each phase, found by searching the table from each track's start. A step
	 * that waits on another track is preceded by the steps that bring that track to the phase it needs.
	 */
	static Map<Phase, List<Step>> pathsToEveryPhase() {
		Map<Phase, List<Step>> paths = new HashMap<>();
		for (Track track : Track.values()) {
			paths.put(TransitionTable.start(track), List.of());
		}
		boolean found = true;
		while (found) {
			found = false;
			Deque<Phase> next = new ArrayDeque<>(paths.keySet());
			while (!next.isEmpty()) {
				Phase from = next.poll();
				for (Step step : Step.values()) {
					Optional<Phase> to = TransitionTable.next(step, from);
					Optional<Phase> required = TransitionTable.requires(step);
					if (to.isEmpty() || paths.containsKey(to.get())
							|| required.isPresent() && !paths.containsKey(required.get())) {
						continue;
					}
					List<Step> path = new ArrayList<>(withRequirement(step, paths.get(from), paths));
					path.add(step);
					paths.put(to.get(), path);
					next.add(to.get());
					found = true;
				}
			}
		}
		return paths;
	}

	/** The steps before {@code step}: {@code path}, preceded where needed by the way to the phase the step waits on. */
	static List<Step> withRequirement(Step step, List<Step> path, Map<Phase, List<Step>> paths) {
		Optional<Phase> required = TransitionTable.requires(step);
		if (required.isEmpty() || InvestigationState.after(path).phase(required.get().track()) == required.get()) {
			return path;
		}
		List<Step> before = new ArrayList<>(paths.get(required.get()));
		before.addAll(path);
		return before;
	}

}
