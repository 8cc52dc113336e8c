package org.crossforce.tracking.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crossforce.investigations.Phase;
import org.crossforce.investigations.Step;
import org.crossforce.investigations.TransitionTable;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every step an investigation can record, and every stage a track can reach, has its own plain-English sentence in
 * the victim's view; a step or phase added without one fails here rather than showing the victim generic words.
 */
class PlainEnglishTest {

	static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setUseCodeAsDefaultMessage(false);
	}

	@Test
	void everyStepHasASentence() {
		List<String> missing = new ArrayList<>();
		for (Step step : Step.values()) {
			if (!has("track.step." + step.name())) {
				missing.add(step.name());
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyStageATrackCanReachHasASentence() {
		List<String> missing = new ArrayList<>();
		for (Step step : Step.values()) {
			for (Map.Entry<Phase, Phase> transition : TransitionTable.transitions(step).entrySet()) {
				Phase reached = transition.getValue();
				String code = "track.stage." + reached.track().name() + "." + ((Enum<?>) reached).name();
				if (reached != TransitionTable.start(reached.track()) && !has(code)) {
					missing.add(code);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static boolean has(String code) {
		return MESSAGES.getMessage(code, null, null, Locale.UK) != null;
	}

}
