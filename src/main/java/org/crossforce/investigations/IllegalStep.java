package org.crossforce.investigations;

import org.crossforce.web.InvalidInput;

/** A step that cannot be recorded where the investigation stands, such as a charge before a referral to the CPS. */
public class IllegalStep extends InvalidInput {

	private final Step step;

	private final Phase phase;

	public IllegalStep(Step step, Phase phase) {
		super("step", "investigations.error.illegalStep", step.name(), phase.name());
		this.step = step;
		this.phase = phase;
	}

	public Step step() {
		return step;
	}

	public Phase phase() {
		return phase;
	}

}
