package org.crossforce.tracking.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.crossforce.audit.AuditLog;
import org.crossforce.reports.VictimChanges;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stops passphrases being guessed: {@code maxFailures} wrong passphrases for one reference within the window lock
 * that reference for {@code lockDuration}, and while it is locked even the right passphrase is refused. References
 * that belong to no case are counted and locked alike, so a lock says nothing about which references are real. Each
 * failure and each lock is audited, never with what was typed.
 */
@Component
class PassphraseLockout {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditLog audit;

	private final TrackingProperties properties;

	PassphraseLockout(JdbcClient jdbc, Clock clock, AuditLog audit, TrackingProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
		this.properties = properties;
	}

	/** When the reference may be tried again, if it is locked now. */
	Optional<Instant> lockedUntil(String reference) {
		return lastLockEnd(reference).filter(until -> until.isAfter(clock.instant()));
	}

	/**
	 * Counts a wrong passphrase for the reference, and locks it if that reaches the limit.
	 * @return when the reference may be tried again, if this failure locked it
	 */
	@Transactional
	Optional<Instant> recordFailure(String reference) {
		Instant now = clock.instant();
		Instant since = now.minus(properties.failureWindow());
		// Failures before the last lock ended were paid for by that lock.
		Optional<Instant> lastLock = lastLockEnd(reference);
		if (lastLock.isPresent() && lastLock.get().isAfter(since)) {
			since = lastLock.get();
		}
		long earlier = jdbc.sql("select count(*) from tracking_attempt where reference = :reference and failed_at > :since")
			.param("reference", reference)
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
		Instant locksUntil = earlier + 1 >= properties.maxFailures() ? now.plus(properties.lockDuration()) : null;
		jdbc.sql("insert into tracking_attempt (reference, failed_at, locks_until) values (:reference, :now, :until)")
			.param("reference", reference)
			.param("now", Timestamp.from(now))
			.param("until", locksUntil == null ? null : Timestamp.from(locksUntil))
			.update();
		audit.record(VictimChanges.VICTIM, "tracking.sign-in.failed", "case " + reference,
				"wrong passphrase, " + (earlier + 1) + " within " + properties.failureWindow().toMinutes() + " minutes");
		if (locksUntil != null) {
			audit.record(VictimChanges.VICTIM, "tracking.locked", "case " + reference,
					"locked until " + locksUntil + " after " + properties.maxFailures() + " wrong passphrases");
		}
		return Optional.ofNullable(locksUntil);
	}

	/** After the right passphrase, earlier failures no longer count. */
	void clear(String reference) {
		jdbc.sql("delete from tracking_attempt where reference = :reference and locks_until is null")
			.param("reference", reference)
			.update();
	}

	private Optional<Instant> lastLockEnd(String reference) {
		return jdbc.sql("select max(locks_until) from tracking_attempt where reference = :reference")
			.param("reference", reference)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

}
