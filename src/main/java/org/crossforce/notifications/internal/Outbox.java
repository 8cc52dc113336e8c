package org.crossforce.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crossforce.notifications.OutgoingMessage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The table of queued messages. A victim's or staff member's row holds no address and no case content, only who and
 * which prompt; an authority's row holds the FOI correspondence itself, which is public and written by its sender.
 */
@Repository
public class Outbox {

	/** Whom a row is for. */
	public enum RecipientKind {
		VICTIM, STAFF, AUTHORITY
	}

	/** The template name of an authority's row: its text is in the row. */
	static final String AUTHORITY_TEMPLATE = "FOI_CORRESPONDENCE";

	/**
	 * One queued message.
	 *
	 * @param reference for a victim, their case reference
	 * @param username for staff, their username (their email address)
	 * @param template the name of the {@code VictimPrompt} or {@code StaffNotice}
	 * @param letter for an authority, the message as written; null otherwise
	 */
	public record Row(long id, RecipientKind kind, String reference, String username, String template,
			OutboxState state, Instant createdAt, int attempts, Instant nextAttemptAt, Instant sentAt, String channel,
			String lastError, OutgoingMessage letter) {
	}

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void queueForVictim(String reference, String template, Instant now) {
		insert(RecipientKind.VICTIM, reference, null, template, now);
	}

	public void queueForStaff(String username, String template, Instant now) {
		insert(RecipientKind.STAFF, null, username, template, now);
	}

	/** Queues a message to an authority's address as written; returns the row's id. */
	public long queueForAuthority(OutgoingMessage letter, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into notification (recipient_kind, template, address, subject, body, state, created_at,
				  attempts, next_attempt_at)
				values ('AUTHORITY', :template, :address, :subject, :body, 'PENDING', :now, 0, :now)
				""")
			.param("template", AUTHORITY_TEMPLATE)
			.param("address", letter.address())
			.param("subject", letter.subject())
			.param("body", letter.body())
			.param("now", time(now))
			.update(key, "id");
		return key.getKey().longValue();
	}

	private void insert(RecipientKind kind, String reference, String username, String template, Instant now) {
		jdbc.sql("""
				insert into notification (recipient_kind, case_reference, username, template, state, created_at,
				  attempts, next_attempt_at)
				values (:kind, :reference, :username, :template, 'PENDING', :now, 0, :now)
				""")
			.param("kind", kind.name())
			.param("reference", reference)
			.param("username", username)
			.param("template", template)
			.param("now", time(now))
			.update();
	}

	/** The ids of pending rows whose time has come, longest waiting first. */
	List<Long> due(Instant now, int limit) {
		return jdbc.sql("""
				select id from notification where state = 'PENDING' and next_attempt_at <= :now
				order by next_attempt_at, id limit :limit
				""").param("now", time(now)).param("limit", limit).query(Long.class).list();
	}

	/**
	 * The row, locked for this transaction, if it is still pending and due: a second dispatcher waits here and then
	 * finds it already handled, so no message goes out twice.
	 */
	Optional<Row> lockIfDue(long id, Instant now) {
		return jdbc.sql("""
				select * from notification where id = :id and state = 'PENDING' and next_attempt_at <= :now for update
				""").param("id", id).param("now", time(now)).query(Outbox::row).optional();
	}

	void sent(long id, String channel, Instant now) {
		jdbc.sql("update notification set state = 'SENT', sent_at = :now, channel = :channel, attempts = attempts + 1,"
				+ " last_error = null where id = :id")
			.param("now", time(now))
			.param("channel", channel)
			.param("id", id)
			.update();
	}

	/** Not sent, by the victim's choice; final. */
	void withheld(long id, OutboxState state) {
		jdbc.sql("update notification set state = :state where id = :id")
			.param("state", state.name())
			.param("id", id)
			.update();
	}

	/** Not yet: outside the victim's safe times. Not a failed attempt. */
	void postpone(long id, Instant until) {
		jdbc.sql("update notification set next_attempt_at = :until where id = :id")
			.param("until", time(until))
			.param("id", id)
			.update();
	}

	/**
	 * Counts a failed attempt: the row waits for {@code retryAt}, or is marked failed when {@code retryAt} is
	 * empty.
	 */
	void attemptFailed(long id, String channel, String error, Optional<Instant> retryAt) {
		if (retryAt.isPresent()) {
			jdbc.sql("""
					update notification set attempts = attempts + 1, channel = :channel, last_error = :error,
					  next_attempt_at = :next
					where id = :id and state = 'PENDING'
					""")
				.param("channel", channel)
				.param("error", error)
				.param("next", time(retryAt.get()))
				.param("id", id)
				.update();
		}
		else {
			jdbc.sql("""
					update notification set attempts = attempts + 1, channel = :channel, last_error = :error,
					  state = 'FAILED'
					where id = :id and state = 'PENDING'
					""").param("channel", channel).param("error", error).param("id", id).update();
		}
	}

	/** A failed row goes back to the queue, due now, with its attempts counted afresh. */
	public boolean requeue(long id, Instant now) {
		return jdbc.sql("""
				update notification set state = 'PENDING', attempts = 0, next_attempt_at = :now
				where id = :id and state = 'FAILED'
				""").param("now", time(now)).param("id", id).update() == 1;
	}

	public Map<OutboxState, Long> countsByState() {
		Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
		for (OutboxState state : OutboxState.values()) {
			counts.put(state, 0L);
		}
		jdbc.sql("select state, count(*) as n from notification group by state")
			.query((rs, row) -> counts.put(OutboxState.valueOf(rs.getString("state")), rs.getLong("n")))
			.list();
		return counts;
	}

	public List<Row> failed(int limit) {
		return jdbc.sql("select * from notification where state = 'FAILED' order by created_at desc, id desc limit :limit")
			.param("limit", limit)
			.query(Outbox::row)
			.list();
	}

	public Optional<Row> find(long id) {
		return jdbc.sql("select * from notification where id = :id").param("id", id).query(Outbox::row).optional();
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getLong("id"), RecipientKind.valueOf(rs.getString("recipient_kind")),
				rs.getString("case_reference"), rs.getString("username"), rs.getString("template"),
				OutboxState.valueOf(rs.getString("state")), instant(rs, "created_at"), rs.getInt("attempts"),
				instant(rs, "next_attempt_at"), instant(rs, "sent_at"), rs.getString("channel"),
				rs.getString("last_error"),
				rs.getString("address") == null ? null
						: new OutgoingMessage(rs.getString("address"), rs.getString("subject"), rs.getString("body")));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime time(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
