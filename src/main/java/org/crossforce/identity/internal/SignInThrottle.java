package org.crossforce.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after too many failures for one username within the window, further attempts are
 * refused without checking the password until the oldest failure leaves the window. Failures are kept in the
 * database so a restart does not reset the count. Unknown usernames are counted too, so the throttle does not
 * reveal which accounts exist.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	SignInThrottle(JdbcClient jdbc, Clock clock, IdentityProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = properties.loginThrottle().maxFailures();
		this.window = properties.loginThrottle().window();
	}

	/** When the username may try again, if it is locked out now. */
	Optional<Instant> lockedUntil(String username) {
		Instant now = clock.instant();
		var failures = jdbc.sql("""
				select failed_at from sign_in_failure
				where username = :username and failed_at > :since order by failed_at desc
				""")
			.param("username", UserAccounts.normalise(username))
			.param("since", Timestamp.from(now.minus(window)))
			.query(Timestamp.class)
			.list();
		if (failures.size() < maxFailures) {
			return Optional.empty();
		}
		// The lock lifts when enough failures have aged out of the window to drop below the limit.
		Instant unlockingFailure = failures.get(maxFailures - 1).toInstant();
		return Optional.of(unlockingFailure.plus(window));
	}

	void recordFailure(String username) {
		jdbc.sql("insert into sign_in_failure (username, failed_at) values (:username, :now)")
			.param("username", UserAccounts.normalise(username))
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	void clear(String username) {
		jdbc.sql("delete from sign_in_failure where username = :username")
			.param("username", UserAccounts.normalise(username))
			.update();
	}

}
