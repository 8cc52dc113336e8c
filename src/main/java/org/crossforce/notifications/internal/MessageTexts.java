package org.crossforce.notifications.internal;

import java.util.Locale;

import org.crossforce.notifications.NotificationChannel.Medium;
import org.crossforce.notifications.OutgoingMessage;
import org.crossforce.notifications.StaffNotice;
import org.crossforce.notifications.VictimPrompt;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of each message, from {@code messages.properties}. They take no argument but the service's address: no
 * reference, name, force or anything else about a case can reach a message, whoever might read it.
 */
@Component
public class MessageTexts {

	private static final Locale LOCALE = Locale.UK;

	private final MessageSource messages;

	private final String signInUrl;

	private final String staffUrl;

	MessageTexts(MessageSource messages, @Value("${crossforce.service-url:http://localhost:8080}") String serviceUrl) {
		this.messages = messages;
		String base = serviceUrl.endsWith("/") ? serviceUrl.substring(0, serviceUrl.length() - 1) : serviceUrl;
		this.signInUrl = base + "/track";
		this.staffUrl = base + "/sign-in";
	}

	public OutgoingMessage forVictim(VictimPrompt prompt, Medium medium, String address) {
		String key = "notifications.victim." + prompt.name();
		if (medium == Medium.SMS) {
			return new OutgoingMessage(address, null, text(key + ".sms"));
		}
		return new OutgoingMessage(address, text("notifications.victim.subject"), text(key + ".email"));
	}

	public OutgoingMessage forStaff(StaffNotice notice, String address) {
		String key = "notifications.staff." + notice.name();
		return new OutgoingMessage(address, text(key + ".subject"), messages.getMessage(key + ".email",
				new Object[] { staffUrl }, LOCALE));
	}

	private String text(String key) {
		return messages.getMessage(key, new Object[] { signInUrl }, LOCALE);
	}

}
