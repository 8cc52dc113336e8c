package org.crossforce.notifications;

import org.crossforce.notifications.NotificationChannel.Medium;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * In the test profile, email and SMS go to {@link RecordingChannel}s instead of the log. Found by component scan in
 * the test classpath, so every integration test shares the one application context.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class RecordingChannels {

	@Bean
	RecordingChannel recordingEmail() {
		return new RecordingChannel(Medium.EMAIL);
	}

	@Bean
	RecordingChannel recordingSms() {
		return new RecordingChannel(Medium.SMS);
	}

}
