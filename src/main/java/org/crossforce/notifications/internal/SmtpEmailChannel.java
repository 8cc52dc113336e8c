package org.crossforce.notifications.internal;

import org.crossforce.notifications.NotificationChannel;
import org.crossforce.notifications.OutgoingMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Email over SMTP, when {@code spring.mail.host} is set (with {@code spring.mail.*} for port, user, TLS). */
@Component
@ConditionalOnProperty("spring.mail.host")
class SmtpEmailChannel implements NotificationChannel {

	private final JavaMailSender mail;

	private final String from;

	SmtpEmailChannel(JavaMailSender mail, NotificationProperties properties) {
		this.mail = mail;
		this.from = properties.from();
	}

	@Override
	public Medium medium() {
		return Medium.EMAIL;
	}

	@Override
	public String name() {
		return "smtp";
	}

	@Override
	public void send(OutgoingMessage message) {
		SimpleMailMessage email = new SimpleMailMessage();
		email.setFrom(from);
		email.setTo(message.address());
		email.setSubject(message.subject());
		email.setText(message.body());
		try {
			mail.send(email);
		}
		catch (MailException failure) {
			// The server's own words may quote the address; the outbox keeps only what kind of failure it was.
			throw new ChannelFailure("SMTP: " + failure.getClass().getSimpleName(), failure);
		}
	}

}
