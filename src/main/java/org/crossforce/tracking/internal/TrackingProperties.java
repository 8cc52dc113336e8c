package org.crossforce.tracking.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The victim's view's limits.
 *
 * @param maxFailures wrong passphrases for one reference, within {@code failureWindow}, that lock it
 * @param failureWindow how far back wrong passphrases count
 * @param lockDuration how long a reference stays locked
 * @param idleTimeout how long a signed-in view lasts without use (the same as staff sessions)
 */
@ConfigurationProperties("crossforce.tracking")
record TrackingProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration failureWindow,
		@DefaultValue("30m") Duration lockDuration, @DefaultValue("20m") Duration idleTimeout) {
}
