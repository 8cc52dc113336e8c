package org.crossforce.supercomplaints.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.crossforce.supercomplaints.Stage;
import org.crossforce.web.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code super_complaint} rows every part of the module shares: reading a complaint's header and moving it from
 * one stage to the next, which is the only way its stage changes, so no step can skip or repeat one.
 */
@Component
public class Complaints {

	/** A complaint's header: who made it, where it stands, and the dates of its stages so far. */
	public record Header(long id, String title, String bodyCode, String bodyName, Stage stage, boolean allForces,
			Instant createdAt, LocalDate submittedOn, LocalDate acknowledgementDue, LocalDate acknowledgedOn,
			LocalDate decidedOn, LocalDate reportPublishedOn, boolean demo) {
	}

	private static final String SELECT = """
			select id, title, body_code, body_name, stage, all_forces, created_at, submitted_on, acknowledgement_due,
			  acknowledged_on, decided_on, report_published_on, demo
			from super_complaint""";

	private final JdbcClient jdbc;

	Complaints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Header> find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(Header.class).optional();
	}

	/** Every complaint past its draft, newest first: what the public tracker lists. */
	public List<Header> submitted() {
		return jdbc.sql(SELECT + " where stage <> 'DRAFT' order by coalesce(submitted_on, cast(created_at as date)) desc, id desc")
			.query(Header.class)
			.list();
	}

	/** The drafts and complaints of a designated body, newest first. */
	public List<Header> ofBody(String bodyCode) {
		return jdbc.sql(SELECT + " where body_code = ? order by id desc").param(bodyCode).query(Header.class).list();
	}

	/** The forces a complaint names, by code; empty when it concerns every force. */
	public List<String> forces(long id) {
		return jdbc.sql("select force_code from super_complaint_force where super_complaint_id = ? order by force_code")
			.param(id)
			.query(String.class)
			.list();
	}

	/**
	 * Moves a complaint from one stage to the next.
	 * @throws InvalidInput when the complaint is not at {@code from} (someone else moved it first, or the step is out
	 * of order), or {@code to} may not follow {@code from}
	 */
	@Transactional
	public void move(long id, Stage from, Stage to) {
		if (!from.mayMoveTo(to)) {
			throw new InvalidInput("stage", "supercomplaints.stage.refused", from.name(), to.name());
		}
		int moved = jdbc.sql("update super_complaint set stage = ?, row_version = row_version + 1 where id = ? and stage = ?")
			.param(to.name())
			.param(id)
			.param(from.name())
			.update();
		if (moved != 1) {
			Stage now = find(id).map(Header::stage).orElse(null);
			throw new InvalidInput("stage", "supercomplaints.stage.notAt", from.name(),
					now == null ? "" : now.name());
		}
	}

}
