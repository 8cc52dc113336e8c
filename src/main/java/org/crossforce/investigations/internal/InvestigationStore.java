package org.crossforce.investigations.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.crossforce.investigations.Step;
import org.crossforce.investigations.Timeline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The investigations module's tables: the steps recorded and the duties they started. */
@Repository
public class InvestigationStore {

	private final JdbcClient jdbc;

	InvestigationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Timeline.RecordedStep> steps(String reference) {
		return jdbc.sql("select * from investigation_step where reference = :r order by id")
			.param("r", reference)
			.query((rs, row) -> new Timeline.RecordedStep(rs.getLong("id"), Step.valueOf(rs.getString("step")),
					rs.getObject("occurred_on", LocalDate.class), rs.getString("reason"), rs.getString("offence_group"),
					rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
			.list();
	}

	public long insertStep(String reference, Step step, LocalDate occurredOn, String reason, String offenceGroup,
			Instant at, String by) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into investigation_step (reference, step, occurred_on, reason, offence_group, recorded_at,
				  recorded_by)
				values (:r, :step, :on, :reason, :group, :at, :by)
				""")
			.param("r", reference)
			.param("step", step.name())
			.param("on", Date.valueOf(occurredOn))
			.param("reason", reason)
			.param("group", offenceGroup)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void insertDuty(String reference, long stepId, LocalDate dueOn) {
		jdbc.sql("insert into victims_code_duty (reference, step_id, due_on) values (:r, :s, :due)")
			.param("r", reference)
			.param("s", stepId)
			.param("due", Date.valueOf(dueOn))
			.update();
	}

	/** Marks a duty done; false when it does not belong to the case or was already closed. */
	public boolean closeDuty(String reference, long dutyId, String by, Instant at) {
		return jdbc.sql("""
				update victims_code_duty set told_at = :at, told_by = :by
				where id = :id and reference = :r and told_at is null
				""").param("at", Timestamp.from(at)).param("by", by).param("id", dutyId).param("r", reference).update() == 1;
	}

	/** Open duties of the given cases, oldest deadline first. */
	public List<OpenDuty> openDuties(List<String> references) {
		if (references.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(OPEN_DUTIES + " and d.reference in (:refs) order by d.due_on, d.id")
			.param("refs", references)
			.query(InvestigationStore::openDuty)
			.list();
	}

	/** Every open duty, oldest deadline first: for oversight, without listing every case's reference first. */
	public List<OpenDuty> allOpenDuties() {
		return jdbc.sql(OPEN_DUTIES + " order by d.due_on, d.id").query(InvestigationStore::openDuty).list();
	}

	private static final String OPEN_DUTIES = """
			select d.id, d.reference, s.step, d.due_on from victims_code_duty d
			join investigation_step s on s.id = d.step_id
			where d.told_at is null""";

	private static OpenDuty openDuty(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new OpenDuty(rs.getLong(1), rs.getString(2), Step.valueOf(rs.getString(3)),
				rs.getObject(4, LocalDate.class));
	}

	public record OpenDuty(long id, String reference, Step decision, LocalDate dueOn) {
	}

	/** Duties with the decision that started each; {@code overdue} is left for the caller, who knows today. */
	public List<Timeline.Duty> duties(String reference, LocalDate today) {
		return jdbc.sql("""
				select d.id, d.step_id, s.step, d.due_on, d.told_at from victims_code_duty d
				join investigation_step s on s.id = d.step_id where d.reference = :r order by d.id
				""")
			.param("r", reference)
			.query((rs, row) -> {
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				Timestamp told = rs.getTimestamp("told_at");
				return new Timeline.Duty(rs.getLong("id"), rs.getLong("step_id"), Step.valueOf(rs.getString("step")),
						due, told == null ? null : told.toInstant(), told == null && today.isAfter(due));
			})
			.list();
	}

}
