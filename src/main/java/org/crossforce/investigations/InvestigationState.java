package org.crossforce.investigations;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each track of one investigation stands, worked out from the steps recorded so far (never stored apart from
 * them, so it cannot drift from the record).
 */
public final class InvestigationState {

	private final Map<Track, Phase> phases;

	private InvestigationState(Map<Track, Phase> phases) {
		this.phases = phases;
	}

	public static InvestigationState initial() {
		Map<Track, Phase> phases = new EnumMap<>(Track.class);
		for (Track track : Track.values()) {
			phases.put(track, TransitionTable.start(track));
		}
		return new InvestigationState(phases);
	}

	/** The state after the given steps, in order; throws at the first step that is not allowed. */
	public static InvestigationState after(List<Step> steps) {
		InvestigationState state = initial();
		for (Step step : steps) {
			state = state.record(step);
		}
		return state;
	}

	public Phase phase(Track track) {
		return phases.get(track);
	}

	public boolean allows(Step step) {
		return TransitionTable.next(step, phase(step.track())).isPresent() && requirementMet(step);
	}

	private boolean requirementMet(Step step) {
		return TransitionTable.requires(step).map(required -> phase(required.track()) == required).orElse(true);
	}

	/**
	 * @throws IllegalStep naming the step and the phase it cannot follow, or the phase another track must reach first
	 */
	public InvestigationState record(Step step) {
		Phase from = phase(step.track());
		Phase to = TransitionTable.next(step, from).orElseThrow(() -> new IllegalStep(step, from));
		TransitionTable.requires(step).filter(required -> phase(required.track()) != required).ifPresent(required -> {
			throw new IllegalStep(step, from, required);
		});
		Map<Track, Phase> next = new EnumMap<>(phases);
		next.put(step.track(), to);
		return new InvestigationState(next);
	}

	/** Every step that may be recorded next. */
	public List<Step> allowedSteps() {
		return java.util.Arrays.stream(Step.values()).filter(this::allows).toList();
	}

}
