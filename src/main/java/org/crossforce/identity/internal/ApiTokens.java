package org.crossforce.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.crossforce.identity.AccountChanged;
import org.crossforce.identity.SignedInUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for API clients. A token is 256 random bits shown once; only its SHA-256 is stored, so a copy of
 * the database cannot be used to call the API. (A fast hash is enough here: unlike a password, the token cannot be
 * guessed.)
 */
@Service
class ApiTokens {

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserAccounts accounts;

	private final Clock clock;

	private final Duration lifetime;

	private final ApplicationEventPublisher events;

	ApiTokens(JdbcClient jdbc, UserAccounts accounts, Clock clock, IdentityProperties properties,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
		this.lifetime = properties.tokenLifetime();
		this.events = events;
	}

	record IssuedToken(long id, String token, Instant expiresAt) {
	}

	/** A token as its owner sees it; {@code active} means neither revoked nor expired when listed. */
	record TokenSummary(long id, String label, Instant createdAt, Instant expiresAt, Instant revokedAt,
			boolean active) {
	}

	@Transactional
	IssuedToken issue(SignedInUser user, String label) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		Instant expiresAt = now.plus(lifetime);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into api_token (user_id, label, token_hash, created_at, expires_at)
				values (:userId, :label, :hash, :now, :expiresAt)
				""")
			.param("userId", user.id())
			.param("label", label)
			.param("hash", hash(token))
			.param("now", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(expiresAt))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(new AccountChanged(user.getUsername(), "token.created", "token " + id,
				"label=" + label + ", expires=" + expiresAt));
		return new IssuedToken(id, token, expiresAt);
	}

	/** The user a presented token belongs to, if it is known, unexpired, unrevoked and the user still enabled. */
	Optional<SignedInUser> authenticate(String token) {
		return jdbc.sql("""
				select user_id from api_token
				where token_hash = :hash and revoked_at is null and expires_at > :now
				""")
			.param("hash", hash(token))
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional()
			.flatMap(accounts::findById)
			.filter(SignedInUser::isEnabled);
	}

	List<TokenSummary> tokensOf(SignedInUser user) {
		Instant now = clock.instant();
		return jdbc.sql("""
				select id, label, created_at, expires_at, revoked_at from api_token
				where user_id = :userId order by created_at desc, id desc
				""")
			.param("userId", user.id())
			.query((rs, row) -> {
				Instant expiresAt = rs.getTimestamp("expires_at").toInstant();
				Instant revokedAt = Optional.ofNullable(rs.getTimestamp("revoked_at"))
					.map(Timestamp::toInstant)
					.orElse(null);
				return new TokenSummary(rs.getLong("id"), rs.getString("label"),
						rs.getTimestamp("created_at").toInstant(), expiresAt, revokedAt,
						revokedAt == null && expiresAt.isAfter(now));
			})
			.list();
	}

	/** Revokes one of the user's own tokens; false when it is not theirs or does not exist. */
	@Transactional
	boolean revoke(SignedInUser user, long tokenId) {
		int changed = jdbc.sql("""
				update api_token set revoked_at = :now
				where id = :id and user_id = :userId and revoked_at is null
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", tokenId)
			.param("userId", user.id())
			.update();
		if (changed == 1) {
			events.publishEvent(new AccountChanged(user.getUsername(), "token.revoked", "token " + tokenId, ""));
		}
		return changed == 1;
	}

	Instant now() {
		return clock.instant();
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}

}
