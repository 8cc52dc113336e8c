package org.crossforce.notifications.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends ({@code crossforce.notifications.*}).
 *
 * @param dispatchEvery how often due messages are sent
 * @param maxAttempts after this many failed attempts a message is marked failed and shown to administrators
 * @param retryDelays the wait after the first, second... failed attempt; the last one repeats
 * @param from the sender of email
 * @param batchSize at most this many messages are read at a time
 */
@ConfigurationProperties("crossforce.notifications")
public record NotificationProperties(@DefaultValue("30s") Duration dispatchEvery, @DefaultValue("12") int maxAttempts,
		@DefaultValue({ "1m", "5m", "15m", "60m" }) List<Duration> retryDelays,
		@DefaultValue("no-reply@crossforce.example") String from, @DefaultValue("100") int batchSize) {

	public NotificationProperties {
		if (maxAttempts < 1 || retryDelays.isEmpty() || batchSize < 1) {
			throw new IllegalArgumentException(
					"crossforce.notifications needs max-attempts and batch-size of at least 1 and one retry delay");
		}
		retryDelays = List.copyOf(retryDelays);
	}

	/** The wait after the given number of failed attempts (1 for the first failure). */
	public Duration delayAfter(int failedAttempts) {
		return retryDelays.get(Math.min(failedAttempts, retryDelays.size()) - 1);
	}

}
