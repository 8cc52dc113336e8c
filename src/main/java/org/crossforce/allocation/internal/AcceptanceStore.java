package org.crossforce.allocation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.crossforce.allocation.Acceptance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Acceptance of each allocation by its investigating force. */
@Repository
public class AcceptanceStore {

	private final JdbcClient jdbc;

	AcceptanceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The force now allocated must accept by {@code dueOn}; any earlier acceptance belonged to another force. */
	public void await(String reference, String force, LocalDate dueOn) {
		jdbc.sql("delete from allocation_acceptance where reference = :r").param("r", reference).update();
		jdbc.sql("insert into allocation_acceptance (reference, investigating_force, due_on) values (:r, :f, :due)")
			.param("r", reference)
			.param("f", force)
			.param("due", Date.valueOf(dueOn))
			.update();
	}

	public boolean accept(String reference, String force, String by, Instant at) {
		return jdbc.sql("""
				update allocation_acceptance set accepted_at = :at, accepted_by = :by
				where reference = :r and investigating_force = :f and accepted_at is null
				""").param("at", Timestamp.from(at)).param("by", by).param("r", reference).param("f", force).update() == 1;
	}

	public Optional<Acceptance> find(String reference, LocalDate today) {
		return jdbc.sql("select * from allocation_acceptance where reference = :r")
			.param("r", reference)
			.query((rs, row) -> acceptance(rs, today))
			.optional();
	}

	public List<Acceptance> overdue(LocalDate today) {
		return jdbc.sql("""
				select * from allocation_acceptance where accepted_at is null and due_on < :today order by due_on
				""").param("today", Date.valueOf(today)).query((rs, row) -> acceptance(rs, today)).list();
	}

	/**
	 * Marks an overdue acceptance as escalated, once: true only for the caller that marked it, so two instances
	 * checking at the same time escalate it once between them.
	 */
	public boolean markEscalated(String reference, Instant at) {
		return jdbc.sql("""
				update allocation_acceptance set escalated_at = :at
				where reference = :r and accepted_at is null and escalated_at is null
				""").param("at", Timestamp.from(at)).param("r", reference).update() == 1;
	}

	private static Acceptance acceptance(ResultSet rs, LocalDate today) throws SQLException {
		Timestamp accepted = rs.getTimestamp("accepted_at");
		Timestamp escalated = rs.getTimestamp("escalated_at");
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		return new Acceptance(rs.getString("reference"), rs.getString("investigating_force"), due,
				accepted == null ? null : accepted.toInstant(), rs.getString("accepted_by"),
				accepted == null && today.isAfter(due), escalated == null ? null : escalated.toInstant());
	}

}
