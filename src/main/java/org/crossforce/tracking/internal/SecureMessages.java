package org.crossforce.tracking.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.crossforce.crypto.FieldCipher;
import org.crossforce.web.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The secure messages of a case, between the victim, their advocate and the investigating force. Each body is
 * encrypted under a context naming the case, the author's party and the moment it was sent, so it cannot be moved
 * to another case or message. Who may read or write them is decided before anything here is called.
 */
@Component
class SecureMessages {

	/** About two pages: a message, not a document (the victim adds those on "Add information"). */
	static final int MAX_BODY = 5000;

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final Clock clock;

	SecureMessages(JdbcClient jdbc, FieldCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	enum Party {
		VICTIM, ADVOCATE, INVESTIGATING_FORCE
	}

	/**
	 * @param author the member of staff who wrote it, or null for the victim
	 */
	record Message(long id, Party party, String author, String body, Instant sentAt) {
	}

	/** The case's messages, oldest first. */
	List<Message> thread(String reference) {
		return jdbc.sql("""
				select id, author_party, author, body_enc, sent_at from secure_message
				where reference = :reference order by sent_at, id
				""")
			.param("reference", reference)
			.query((rs, row) -> {
				Party party = Party.valueOf(rs.getString(2));
				Instant sentAt = rs.getTimestamp(5).toInstant();
				return new Message(rs.getLong(1), party, rs.getString(3),
						cipher.decryptText(rs.getBytes(4), context(reference, party, sentAt)), sentAt);
			})
			.list();
	}

	/**
	 * @throws InvalidInput naming {@code body} when it is empty or too long
	 */
	Message send(String reference, Party party, String author, String body) {
		String text = checked(body);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into secure_message (reference, author_party, author, body_enc, sent_at)
				values (:reference, :party, :author, :body, :sentAt)
				""")
			.param("reference", reference)
			.param("party", party.name())
			.param("author", author)
			.param("body", cipher.encryptText(text, context(reference, party, now)))
			.param("sentAt", Timestamp.from(now))
			.update(keys, "id");
		return new Message(keys.getKey().longValue(), party, author, text, now);
	}

	/** The body as it will be kept, or the reason it cannot be sent; checked before anyone is asked about access. */
	static String checked(String body) {
		if (body == null || body.isBlank()) {
			throw new InvalidInput("body", "track.messages.error.empty");
		}
		String text = body.strip();
		if (text.length() > MAX_BODY) {
			throw new InvalidInput("body", "track.messages.error.tooLong", MAX_BODY);
		}
		return text;
	}

	private static String context(String reference, Party party, Instant sentAt) {
		return "secure-message " + reference + " " + party + " " + sentAt.toEpochMilli();
	}

}
