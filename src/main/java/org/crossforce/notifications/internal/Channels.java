package org.crossforce.notifications.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.crossforce.notifications.NotificationChannel;
import org.crossforce.notifications.NotificationChannel.Medium;

import org.springframework.stereotype.Component;

/**
 * The one channel used for each medium: the configured one (SMTP, or a provider added later), or else the log.
 */
@Component
public class Channels {

	private final Map<Medium, NotificationChannel> chosen = new EnumMap<>(Medium.class);

	Channels(List<NotificationChannel> available) {
		for (Medium medium : Medium.values()) {
			List<NotificationChannel> configured = available.stream()
				.filter(channel -> channel.medium() == medium && !(channel instanceof LogChannel))
				.toList();
			if (configured.size() > 1) {
				throw new IllegalStateException("More than one notification channel for " + medium + ": "
						+ configured.stream().map(NotificationChannel::name).toList() + ". Configure only one.");
			}
			chosen.put(medium, configured.isEmpty() ? new LogChannel(medium) : configured.get(0));
		}
	}

	public NotificationChannel forMedium(Medium medium) {
		return chosen.get(medium);
	}

}
