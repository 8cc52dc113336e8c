package org.crossforce.tracking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.crossforce.audit.AuditLog;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The lockout against the clock: it counts within the window, locks for the period, and lifts when it ends. */
@IntegrationTest
class PassphraseLockoutTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	MovableClock clock = new MovableClock(Instant.parse("2025-03-03T10:00:00Z"));

	PassphraseLockout lockout() {
		return new PassphraseLockout(jdbc, clock, audit,
				new TrackingProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofMinutes(20)));
	}

	@Test
	void fiveFailuresWithinTheWindowLockForThePeriodThenItLifts() {
		PassphraseLockout lockout = lockout();
		String reference = "CF-KK01-" + suffix();
		for (int i = 0; i < 4; i++) {
			assertThat(lockout.recordFailure(reference)).isEmpty();
			clock.move(Duration.ofMinutes(2));
		}
		assertThat(lockout.lockedUntil(reference)).isEmpty();
		Instant fifth = clock.instant();
		assertThat(lockout.recordFailure(reference)).contains(fifth.plus(Duration.ofMinutes(30)));
		assertThat(lockout.lockedUntil(reference)).contains(fifth.plus(Duration.ofMinutes(30)));

		clock.move(Duration.ofMinutes(29));
		assertThat(lockout.lockedUntil(reference)).as("still locked a minute before the end").isPresent();
		clock.move(Duration.ofMinutes(1));
		assertThat(lockout.lockedUntil(reference)).as("lifted when the period ends").isEmpty();
		assertThat(lockout.recordFailure(reference)).as("the failures before the lock are not counted again").isEmpty();
	}

	@Test
	void failuresOlderThanTheWindowDoNotCount() {
		PassphraseLockout lockout = lockout();
		String reference = "CF-KK02-" + suffix();
		for (int i = 0; i < 4; i++) {
			lockout.recordFailure(reference);
		}
		clock.move(Duration.ofMinutes(16));
		assertThat(lockout.recordFailure(reference)).isEmpty();
		assertThat(lockout.lockedUntil(reference)).isEmpty();
	}

	@Test
	void theRightPassphraseClearsEarlierFailures() {
		PassphraseLockout lockout = lockout();
		String reference = "CF-KK03-" + suffix();
		for (int i = 0; i < 4; i++) {
			lockout.recordFailure(reference);
		}
		lockout.clear(reference);
		assertThat(lockout.recordFailure(reference)).isEmpty();
	}

	/** Four characters that make each run's references new, so runs against one database do not meet. */
	private static String suffix() {
		String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
		StringBuilder code = new StringBuilder();
		long seed = System.nanoTime();
		for (int i = 0; i < 4; i++) {
			code.append(alphabet.charAt((int) ((seed >> (5 * i)) & 31)));
		}
		return code.toString();
	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void move(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
