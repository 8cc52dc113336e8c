package org.crossforce.investigations;

import org.crossforce.web.InvalidInput;

/** A step that cannot be recorded where the investigation stands, such as a charge before a referral to the CPS. */
public class IllegalStep extends InvalidInput {

	private final Step step;

	private final Phase phase;

	private final Phase required;

	public IllegalStep(Step step, Phase phase) {
		super("step", "investigations.error.illegalStep", step.name(), phase.name());
		this.step = step;
		this.phase = phase;
		this.required = null;
	}

	/** The step is allowed from {@code phase} of its own track, but only once another track has reached {@code required}. */
	public IllegalStep(Step step, Phase phase, Phase required) {
		super("step", "investigations.error.needsPhase", step.name(), required.track().name(), required.name());
		this.step = step;
		this.phase = phase;
		this.required = required;
	}

	public Step step() {
		return step;
	}

	public Phase phase() {
		return phase;
	}

	/** The phase of another track that the step waits for, or null when the step cannot follow {@link #phase()}. */
	public Phase required() {
		return required;
	}

}
