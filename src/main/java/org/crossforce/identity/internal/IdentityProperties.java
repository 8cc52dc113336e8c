package org.crossforce.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tokenLifetime how long an API token lasts (default 8 hours)
 * @param loginThrottle how many failed sign-ins within what window lock a username out
 */
@ConfigurationProperties("crossforce.identity")
record IdentityProperties(Duration tokenLifetime, LoginThrottle loginThrottle) {

	record LoginThrottle(int maxFailures, Duration window) {
	}

}
