package org.crossforce.supercomplaints.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.crossforce.supercomplaints.Stage;
import org.crossforce.testing.IntegrationTest;
import org.crossforce.web.InvalidInput;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A complaint's stage changes only one legal step at a time, and only from the stage it is really at. */
@IntegrationTest
class ComplaintsTest {

	@Autowired
	Complaints complaints;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aComplaintMovesOneLegalStepAtATime() {
		long id = draft();
		complaints.move(id, Stage.DRAFT, Stage.SUBMITTED);
		assertThat(complaints.find(id).orElseThrow().stage()).isEqualTo(Stage.SUBMITTED);

		assertThatThrownBy(() -> complaints.move(id, Stage.SUBMITTED, Stage.UNDER_INVESTIGATION))
			.isInstanceOf(InvalidInput.class);
		// A second submission of the same draft finds it already submitted.
		assertThatThrownBy(() -> complaints.move(id, Stage.DRAFT, Stage.SUBMITTED)).isInstanceOf(InvalidInput.class);
		assertThat(complaints.find(id).orElseThrow().stage()).isEqualTo(Stage.SUBMITTED);
	}

	@Test
	void draftsAreNotListedForThePublic() {
		long draft = draft();
		long submitted = draft();
		complaints.move(submitted, Stage.DRAFT, Stage.SUBMITTED);
		assertThat(complaints.submitted()).extracting(Complaints.Header::id).contains(submitted).doesNotContain(draft);
	}

	private long draft() {
		jdbc.sql("""
				insert into super_complaint (title, body_code, body_name, stage, created_at)
				values ('Test complaint', 'test-body', 'Test body', 'DRAFT', ?)""")
			.param(Timestamp.from(Instant.parse("2026-01-05T10:00:00Z")))
			.update();
		return jdbc.sql("select max(id) from super_complaint").query(Long.class).single();
	}

}
