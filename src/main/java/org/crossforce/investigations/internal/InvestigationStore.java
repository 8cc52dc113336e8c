package org.crossforce.investigations.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.crossforce.investigations.DutyKind;
import org.crossforce.investigations.Step;
import org.crossforce.investigations.Timeline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The investigations module's tables: the steps recorded, the duties they started, and who works each case. */
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

	public long insertDuty(String reference, long stepId, DutyKind kind, LocalDate dueOn) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into victims_code_duty (reference, step_id, kind, due_on) values (:r, :s, :kind, :due)")
			.param("r", reference)
			.param("s", stepId)
			.param("kind", kind.name())
			.param("due", Date.valueOf(dueOn))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Marks a duty to tell the victim done and returns it; empty when it does not belong to the case, was already
	 * closed, or is a review duty (those close when the acknowledgement or decision is recorded).
	 */
	public Optional<ClosedDuty> closeDuty(String reference, long dutyId, String by, Instant at) {
		Optional<LocalDate> dueOn = jdbc.sql("""
				select due_on from victims_code_duty where id = :id and reference = :r and told_at is null and kind = :kind
				""")
			.param("id", dutyId)
			.param("r", reference)
			.param("kind", DutyKind.TELL_VICTIM.name())
			.query((rs, row) -> rs.getObject(1, LocalDate.class))
			.optional();
		if (dueOn.isEmpty() || !close(dutyId, by, at)) {
			return Optional.empty();
		}
		return Optional.of(new ClosedDuty(dutyId, DutyKind.TELL_VICTIM, dueOn.get()));
	}

	/** Closes every open duty of one kind on the case, as recording the step that does it does, and returns them. */
	public List<ClosedDuty> closeDuties(String reference, DutyKind kind, String by, Instant at) {
		return jdbc.sql("select id, due_on from victims_code_duty where reference = :r and kind = :kind and told_at is null")
			.param("r", reference)
			.param("kind", kind.name())
			.query((rs, row) -> new ClosedDuty(rs.getLong(1), kind, rs.getObject(2, LocalDate.class)))
			.list()
			.stream()
			.filter(duty -> close(duty.id(), by, at))
			.toList();
	}

	private boolean close(long dutyId, String by, Instant at) {
		return jdbc.sql("update victims_code_duty set told_at = :at, told_by = :by where id = :id and told_at is null")
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("id", dutyId)
			.update() == 1;
	}

	public record ClosedDuty(long id, DutyKind kind, LocalDate dueOn) {
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

	/** Open duties whose deadline passed before {@code today} and about which nobody has been told yet. */
	public List<OpenDuty> overdueNotNotified(LocalDate today) {
		return jdbc.sql(OPEN_DUTIES + " and d.due_on < :today and d.overdue_notified_at is null order by d.due_on, d.id")
			.param("today", Date.valueOf(today))
			.query(InvestigationStore::openDuty)
			.list();
	}

	/** Remembers that a duty's lateness was notified; false when someone else already did, so it is told once. */
	public boolean markOverdueNotified(long dutyId, Instant at) {
		return jdbc.sql("update victims_code_duty set overdue_notified_at = :at where id = :id and overdue_notified_at is null")
			.param("at", Timestamp.from(at))
			.param("id", dutyId)
			.update() == 1;
	}

	public Optional<Instant> overdueNotifiedAt(long dutyId) {
		return jdbc.sql("select overdue_notified_at from victims_code_duty where id = :id")
			.param("id", dutyId)
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}

	private static final String OPEN_DUTIES = """
			select d.id, d.reference, s.step, d.due_on, d.kind, s.occurred_on from victims_code_duty d
			join investigation_step s on s.id = d.step_id
			where d.told_at is null""";

	private static OpenDuty openDuty(ResultSet rs, int row) throws SQLException {
		return new OpenDuty(rs.getLong(1), rs.getString(2), Step.valueOf(rs.getString(3)),
				rs.getObject(4, LocalDate.class), DutyKind.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class));
	}

	/** An open duty: started by {@code decision} on {@code startedOn}, to be done by {@code dueOn}. */
	public record OpenDuty(long id, String reference, Step decision, LocalDate dueOn, DutyKind kind,
			LocalDate startedOn) {
	}

	/** A case's duties in the order they started, open or done; whether one is overdue is left to the caller. */
	public List<DutyRow> duties(String reference) {
		return jdbc.sql("""
				select d.id, d.step_id, s.step, d.due_on, d.told_at, d.kind, s.occurred_on from victims_code_duty d
				join investigation_step s on s.id = d.step_id where d.reference = :r order by d.id
				""")
			.param("r", reference)
			.query((rs, row) -> {
				Timestamp told = rs.getTimestamp("told_at");
				return new DutyRow(rs.getLong("id"), rs.getLong("step_id"), Step.valueOf(rs.getString("step")),
						rs.getObject("due_on", LocalDate.class), told == null ? null : told.toInstant(),
						DutyKind.valueOf(rs.getString("kind")), rs.getObject("occurred_on", LocalDate.class));
			})
			.list();
	}

	public record DutyRow(long id, long stepId, Step decision, LocalDate dueOn, Instant toldAt, DutyKind kind,
			LocalDate startedOn) {
	}

	public Optional<Timeline.Assignment> assignment(String reference) {
		return jdbc.sql("select * from case_assignment where reference = :r")
			.param("r", reference)
			.query(InvestigationStore::assignment)
			.optional();
	}

	/** The assignments of the given cases, by reference; cases with none are left out. */
	public Map<String, Timeline.Assignment> assignments(List<String> references) {
		if (references.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select * from case_assignment where reference in (:refs)")
			.param("refs", references)
			.query((rs, row) -> Map.entry(rs.getString("reference"), assignment(rs, row)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Names the case's investigator and supervisor, replacing any named before. */
	public void assign(String reference, String investigator, String supervisor, String by, Instant at) {
		int updated = jdbc.sql("""
				update case_assignment set investigator = :i, supervisor = :s, assigned_by = :by, assigned_at = :at
				where reference = :r
				""")
			.param("i", investigator)
			.param("s", supervisor)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("r", reference)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into case_assignment (reference, investigator, supervisor, assigned_by, assigned_at)
					values (:r, :i, :s, :by, :at)
					""")
				.param("r", reference)
				.param("i", investigator)
				.param("s", supervisor)
				.param("by", by)
				.param("at", Timestamp.from(at))
				.update();
		}
	}

	private static Timeline.Assignment assignment(ResultSet rs, int row) throws SQLException {
		return new Timeline.Assignment(rs.getString("investigator"), rs.getString("supervisor"),
				rs.getString("assigned_by"), rs.getTimestamp("assigned_at").toInstant());
	}

}
