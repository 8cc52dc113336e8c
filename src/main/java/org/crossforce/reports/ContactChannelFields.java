package org.crossforce.reports;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.crossforce.reports.Contact.ContactChannel;

import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;

/**
 * The form fields for how to contact a victim — the channel, and the address or number it needs — with their
 * checks, for the reporting journey and the victim's own view to extend. The address or number is checked only
 * when its channel is chosen (Bean Validation groups), as GOV.UK's conditional reveal expects.
 */
public class ContactChannelFields {

	/** Checks of the email address, made only when email is chosen. */
	public interface ByEmail {
	}

	/** Checks of the phone number, made only when phone is chosen. */
	public interface ByPhone {
	}

	@NotNull(message = "{journey.contact.required}")
	private ContactChannel channel;

	@NotBlank(groups = ByEmail.class, message = "{journey.contact.email.required}")
	@Email(groups = ByEmail.class, regexp = ".+@.+\\..+", message = "{journey.contact.email.invalid}")
	@Size(groups = ByEmail.class, max = 254, message = "{journey.contact.email.invalid}")
	private String email;

	@NotBlank(groups = ByPhone.class, message = "{journey.contact.phone.required}")
	@Pattern(groups = ByPhone.class, regexp = "\\+?[0-9 ()-]{6,}", message = "{journey.contact.phone.invalid}")
	@Size(groups = ByPhone.class, max = 30, message = "{journey.contact.phone.invalid}")
	private String phone;

	/** Adds the checks of the chosen channel's address or number to those the form was bound with. */
	public void validateChosenChannel(SmartValidator validator, Errors errors) {
		if (channel == ContactChannel.EMAIL) {
			validator.validate(this, errors, ByEmail.class);
		}
		if (channel == ContactChannel.PHONE) {
			validator.validate(this, errors, ByPhone.class);
		}
	}

	public ContactChannel getChannel() {
		return channel;
	}

	public void setChannel(ContactChannel channel) {
		this.channel = channel;
	}

	public String getEmail() {
		return email;
	}

	/** Spaces copied in around an address or number are not part of it. */
	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone == null ? null : phone.strip();
	}

}
