package org.crossforce.supercomplaints;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every stage has one way forward, and the two ends have none. */
class StageTest {

	@Test
	void theLifecycleRunsInOrder() {
		assertThat(Stage.DRAFT.nextStages()).containsExactly(Stage.SUBMITTED);
		assertThat(Stage.SUBMITTED.nextStages()).containsExactly(Stage.ACKNOWLEDGED);
		assertThat(Stage.ACKNOWLEDGED.nextStages()).containsExactlyInAnyOrder(Stage.INELIGIBLE,
				Stage.UNDER_INVESTIGATION);
		assertThat(Stage.UNDER_INVESTIGATION.nextStages()).containsExactly(Stage.REPORT_PUBLISHED);
		assertThat(Stage.INELIGIBLE.nextStages()).isEmpty();
		assertThat(Stage.REPORT_PUBLISHED.nextStages()).isEmpty();
	}

	@Test
	void noStageSkipsOrGoesBack() {
		assertThat(Stage.DRAFT.mayMoveTo(Stage.ACKNOWLEDGED)).isFalse();
		assertThat(Stage.SUBMITTED.mayMoveTo(Stage.UNDER_INVESTIGATION)).isFalse();
		assertThat(Stage.UNDER_INVESTIGATION.mayMoveTo(Stage.ACKNOWLEDGED)).isFalse();
		for (Stage stage : Stage.values()) {
			assertThat(stage.mayMoveTo(stage)).as(stage.name()).isFalse();
		}
	}

}
