package org.crossforce.reports;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


/**
 * How the victim may be contacted safely, or {@code NONE} to be contacted only inside the service.
 *
 * @param preferred the channel to use
 * @param email an email address that is safe to use
 * @param phone a phone number that is safe to use
 * @param safeTimes when it is safe to call or write, in the victim's words
 * @param leaveMessages whether a message may be left
 */
public record Contact(@NotNull ContactChannel preferred, @Email @Size(max = 254) String email,
		@Size(max = 30) @Pattern(regexp = "[0-9 +()-]*") String phone, @Size(max = 500) String safeTimes,
		boolean leaveMessages) {

	public static final Contact NONE = new Contact(ContactChannel.NONE, null, null, null, false);

	public enum ContactChannel {
		EMAIL, PHONE, NONE
	}

}
