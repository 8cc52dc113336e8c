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
				tests.add(DynamicTest.dynamicTest(step + " from " + phase, () -> {
					InvestigationState state = InvestigationState.after(reached.getValue());
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

	@Test
	void everyPhaseCanBeReachedAndEveryStepIsUsedSomewhere() {
		Map<Phase, List<Step>> paths = pathsToEveryPhase();
		List<Phase> all = new ArrayList<>();
		all.addAll(List.of(Phase.Criminal.values()));
		all.addAll(List.of(Phase.CrimeRecording.values()));
		all.addAll(List.of(Phase.Classification.values()));
		all.addAll(List.of(Phase.Misconduct.values()));
		all.addAll(List.of(Phase.Contact.values()));
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
				Step.RELEASED_UNDER_INVESTIGATION, Step.BAIL_CHANGED, Step.CHARGED, Step.NO_FURTHER_ACTION);
	}

	/** A shortest list of steps reaching each phase, found by searching the table from each track's start. */
	static Map<Phase, List<Step>> pathsToEveryPhase() {
		Map<Phase, List<Step>> paths = new HashMap<>();
		Deque<Phase> queue = new ArrayDeque<>();
		for (Track track : Track.values()) {
			paths.put(TransitionTable.start(track), List.of());
			queue.add(TransitionTable.start(track));
		}
		while (!queue.isEmpty()) {
			Phase from = queue.poll();
			for (Step step : Step.values()) {
				Optional<Phase> to = TransitionTable.next(step, from);
				if (to.isPresent() && !paths.containsKey(to.get())) {
					List<Step> path = new ArrayList<>(paths.get(from));
					path.add(step);
					paths.put(to.get(), path);
					queue.add(to.get());
				}
			}
		}
		return paths;
	}

}
