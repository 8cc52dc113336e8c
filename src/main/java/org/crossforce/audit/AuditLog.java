package org.crossforce.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log. Each entry holds the SHA-256 of its canonical content together with the previous
 * entry's hash, so altering, removing or reordering any entry breaks every link after it. Writing joins the
 * caller's transaction: the entry and the change it records are committed together or not at all.
 */
@Service
public class AuditLog {

	static final String GENESIS = "0".repeat(64);

	private static final int MAX_ACTOR = 254;

	private static final int MAX_SUBJECT = 500;

	private static final int MAX_DETAIL = 2000;

	/** Keeps "in (...)" lists short enough for either database. */
	private static final int SUBJECTS_PER_QUERY = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	public AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Appends an entry.
	 * @param actor who acted: a username, or {@code anonymous}, or {@code system}
	 * @param action what was done, as a dotted name such as {@code sign-in.failed}
	 * @param subject what it was done to
	 * @param detail anything else worth keeping; never a secret or a victim's details
	 */
	@Transactional
	public AuditEntry record(String actor, String action, String subject, String detail) {
		// Locking the head row serialises appends, so numbers are consecutive and each entry links to its
		// predecessor even under concurrent requests.
		var head = jdbc.sql("select last_sequence, last_hash from audit_chain_head where id = 1 for update")
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		long sequence = (Long) head[0] + 1;
		String previousHash = (String) head[1];
		Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		AuditEntry unsigned = new AuditEntry(sequence, recordedAt, clip(actor, MAX_ACTOR), clip(action, 100),
				clip(subject, MAX_SUBJECT), clip(detail, MAX_DETAIL), previousHash, null);
		String entryHash = hashOf(unsigned);
		jdbc.sql("""
				insert into audit_entry
				  (sequence, recorded_at, actor, action, subject, detail, previous_hash, entry_hash)
				values (:sequence, :recordedAt, :actor, :action, :subject, :detail, :previousHash, :entryHash)
				""")
			.param("sequence", sequence)
			.param("recordedAt", OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC))
			.param("actor", unsigned.actor())
			.param("action", unsigned.action())
			.param("subject", unsigned.subject())
			.param("detail", unsigned.detail())
			.param("previousHash", previousHash)
			.param("entryHash", entryHash)
			.update();
		jdbc.sql("update audit_chain_head set last_sequence = :sequence, last_hash = :hash where id = 1")
			.param("sequence", sequence)
			.param("hash", entryHash)
			.update();
		return new AuditEntry(sequence, recordedAt, unsigned.actor(), unsigned.action(), unsigned.subject(),
				unsigned.detail(), previousHash, entryHash);
	}

	/**
	 * The entries about one subject, such as {@code case CF-...}, newest first. Reading them is itself a read of
	 * protected data: callers decide who may, and audit the read, before calling this.
	 * @param limit at most this many
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> entriesAbout(String subject, int limit) {
		return jdbc.sql("select * from audit_entry where subject = :subject order by sequence desc limit :limit")
			.param("subject", subject)
			.param("limit", limit)
			.query((rs, row) -> new AuditEntry(rs.getLong("sequence"), rs.getTimestamp("recorded_at").toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("detail"),
					rs.getString("previous_hash"), rs.getString("entry_hash")))
			.list();
	}

	/**
	 * Who has done one kind of action (such as {@code case.read}) to each of these subjects: for lists that must say
	 * who opened a case, never what they read. Subjects nobody acted on are absent.
	 * @return actors by subject, each subject's actors in alphabetical order
	 */
	@Transactional(readOnly = true)
	public Map<String, Set<String>> actorsAbout(Collection<String> subjects, String action) {
		Map<String, Set<String>> actors = new LinkedHashMap<>();
		List<String> all = List.copyOf(subjects);
		for (int from = 0; from < all.size(); from += SUBJECTS_PER_QUERY) {
			jdbc.sql("select distinct subject, actor from audit_entry where action = :action and subject in (:subjects)")
				.param("action", action)
				.param("subjects", all.subList(from, Math.min(all.size(), from + SUBJECTS_PER_QUERY)))
				.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
				.list()
				.forEach(entry -> actors.computeIfAbsent(entry.getKey(), subject -> new TreeSet<>()).add(entry.getValue()));
		}
		return actors;
	}

	/**
	 * The SHA-256, in hex, of an entry's canonical content: its fields in a fixed order, each preceded by its
	 * length, so no choice of field values can make two different entries read the same.
	 */
	static String hashOf(AuditEntry entry) {
		StringBuilder canonical = new StringBuilder();
		for (String field : new String[] { Long.toString(entry.sequence()), entry.recordedAt().toString(),
				entry.actor(), entry.action(), entry.subject(), entry.detail(), entry.previousHash() }) {
			canonical.append(field.length()).append(':').append(field).append(';');
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}

	private static String clip(String value, int max) {
		String text = value == null ? "" : value;
		return text.length() <= max ? text : text.substring(0, max);
	}

}
