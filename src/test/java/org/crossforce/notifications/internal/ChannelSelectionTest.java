package org.crossforce.notifications.internal;

import java.time.Duration;
import java.util.List;

import org.crossforce.notifications.NotificationChannel;
import org.crossforce.notifications.NotificationChannel.Medium;
import org.crossforce.notifications.OutgoingMessage;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** Which channel carries each medium, and what the SMTP channel sends; no mail server is needed. */
class ChannelSelectionTest {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(NotificationProperties.class)
	@Import({ Channels.class, SmtpEmailChannel.class })
	static class ChannelsOnly {

	}

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withUserConfiguration(ChannelsOnly.class);

	@Test
	void withoutAMailHostEveryMediumGoesToTheLog() {
		context.run(run -> {
			assertThat(run).doesNotHaveBean(SmtpEmailChannel.class);
			Channels channels = run.getBean(Channels.class);
			assertThat(channels.forMedium(Medium.EMAIL)).isInstanceOf(LogChannel.class);
			assertThat(channels.forMedium(Medium.SMS)).isInstanceOf(LogChannel.class);
		});
	}

	@Test
	void aMailHostPutsEmailOverSmtpAndLeavesSmsToTheLog() {
		context.withPropertyValues("spring.mail.host=smtp.example.org", "crossforce.notifications.from=cf@example.org")
			.run(run -> {
				Channels channels = run.getBean(Channels.class);
				assertThat(channels.forMedium(Medium.EMAIL)).isInstanceOf(SmtpEmailChannel.class);
				assertThat(channels.forMedium(Medium.EMAIL).name()).isEqualTo("smtp");
				assertThat(channels.forMedium(Medium.SMS)).isInstanceOf(LogChannel.class);
			});
	}

	@Test
	void twoConfiguredChannelsForOneMediumAreRefused() {
		NotificationChannel one = new Named("notify", Medium.SMS);
		NotificationChannel two = new Named("other", Medium.SMS);
		assertThatIllegalStateException().isThrownBy(() -> new Channels(List.of(one, two)))
			.withMessageContaining("More than one notification channel for SMS")
			.withMessageContaining("notify");
		assertThat(new Channels(List.of(one)).forMedium(Medium.SMS)).isSameAs(one);
	}

	@Test
	void theSmtpChannelSendsFromTheConfiguredAddressAndHidesTheServersWordsWhenItFails() {
		JavaMailSender mail = mock(JavaMailSender.class);
		NotificationProperties properties = new NotificationProperties(Duration.ofSeconds(30), 12,
				List.of(Duration.ofMinutes(1)), "cf@example.org", 100);
		SmtpEmailChannel channel = new SmtpEmailChannel(mail, properties);
		channel.send(new OutgoingMessage("victim@example.org", "Subject", "Body"));
		ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(mail).send(sent.capture());
		assertThat(sent.getValue().getFrom()).isEqualTo("cf@example.org");
		assertThat(sent.getValue().getTo()).containsExactly("victim@example.org");
		assertThat(sent.getValue().getSubject()).isEqualTo("Subject");
		assertThat(sent.getValue().getText()).isEqualTo("Body");

		doThrow(new MailSendException("550 no such user victim@example.org")).when(mail)
			.send(org.mockito.ArgumentMatchers.any(SimpleMailMessage.class));
		assertThatThrownBy(() -> channel.send(new OutgoingMessage("victim@example.org", "S", "B")))
			.isInstanceOf(ChannelFailure.class)
			.hasMessage("SMTP: MailSendException");
	}

	@Test
	void failuresAreKeptWithoutAddressesOrNumbersAndRetriesBackOff() {
		assertThat(OutboxDispatcher.describe(new IllegalStateException("550 unknown victim@example.org, call 07700 900123")))
			.isEqualTo("IllegalStateException: 550 unknown [address], call [number]");
		NotificationProperties properties = new NotificationProperties(Duration.ofSeconds(30), 12,
				List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60)),
				"cf@example.org", 100);
		assertThat(List.of(1, 2, 3, 4, 5, 11).stream().map(properties::delayAfter).toList()).containsExactly(
				Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60),
				Duration.ofMinutes(60), Duration.ofMinutes(60));
		assertThat(new OutgoingMessage("victim@example.org", null, "").maskedAddress()).isEqualTo("v•••@example.org");
		assertThat(new OutgoingMessage("07700 900123", null, "").maskedAddress()).isEqualTo("••••••••123");
	}

	private record Named(String name, Medium medium) implements NotificationChannel {

		@Override
		public void send(OutgoingMessage message) {
		}

	}

}
