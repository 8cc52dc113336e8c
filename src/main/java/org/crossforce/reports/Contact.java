package org.crossforce.reports;

import java.time.LocalTime;

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
 * @param safeFrom with {@code safeUntil}, the daily window (UK time) in which messages may be sent; both null means
 *        any time. A window that ends before it starts runs overnight.
 * @param safeUntil the end of the daily window, exclusive
 */
public record Contact(@NotNull ContactChannel preferred, @Email @Size(max = 254) String email,
		@Size(max = 30) @Pattern(regexp = "[0-9 +()-]*") String phone, @Size(max = 500) String safeTimes,
		boolean leaveMessages, LocalTime safeFrom, LocalTime safeUntil) {

	public static final Contact NONE = new Contact(ContactChannel.NONE, null, null, null, false, null, null);

	/** Without a daily window: messages may be sent at any time. */
	public Contact(ContactChannel preferred, String email, String phone, String safeTimes, boolean leaveMessages) {
		this(preferred, email, phone, safeTimes, leaveMessages, null, null);
	}

	/** Whether a message may be sent at this UK local time: always, unless a daily window is set and excludes it. */
	public boolean safeAt(LocalTime time) {
		if (safeFrom == null || safeUntil == null || safeFrom.equals(safeUntil)) {
			return true;
		}
		return safeFrom.isBefore(safeUntil) ? !time.isBefore(safeFrom) && time.isBefore(safeUntil)
				: !time.isBefore(safeFrom) || time.isBefore(safeUntil);
	}

	public enum ContactChannel {
		EMAIL, PHONE, NONE
	}

}
