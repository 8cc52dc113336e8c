package org.crossforce.reports;

import java.time.LocalTime;

import org.crossforce.reports.Contact.ContactChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactTest {

	static Contact between(String from, String until) {
		return new Contact(ContactChannel.EMAIL, "a@example.org", null, null, false, LocalTime.parse(from),
				LocalTime.parse(until));
	}

	@Test
	void withoutAWindowAnyTimeIsSafe() {
		Contact contact = new Contact(ContactChannel.EMAIL, "a@example.org", null, null, false);
		assertThat(contact.safeAt(LocalTime.MIDNIGHT)).isTrue();
		assertThat(contact.safeAt(LocalTime.NOON)).isTrue();
	}

	@Test
	void aDaytimeWindowIncludesItsStartAndExcludesItsEnd() {
		Contact contact = between("09:00", "12:00");
		assertThat(contact.safeAt(LocalTime.parse("08:59"))).isFalse();
		assertThat(contact.safeAt(LocalTime.parse("09:00"))).isTrue();
		assertThat(contact.safeAt(LocalTime.parse("11:59"))).isTrue();
		assertThat(contact.safeAt(LocalTime.parse("12:00"))).isFalse();
	}

	@Test
	void aWindowEndingBeforeItStartsRunsOvernight() {
		Contact contact = between("22:00", "02:00");
		assertThat(contact.safeAt(LocalTime.parse("23:30"))).isTrue();
		assertThat(contact.safeAt(LocalTime.parse("01:59"))).isTrue();
		assertThat(contact.safeAt(LocalTime.parse("02:00"))).isFalse();
		assertThat(contact.safeAt(LocalTime.NOON)).isFalse();
	}

}
