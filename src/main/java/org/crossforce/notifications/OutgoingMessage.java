package org.crossforce.notifications;

/**
 * One message as a channel delivers it. The text never carries case details: it prompts the recipient to sign in.
 *
 * @param address an email address or a phone number, as the channel's medium needs
 * @param subject the subject line (email only; an SMS carries only the body)
 */
public record OutgoingMessage(String address, String subject, String body) {

	/** The address with most of it hidden, for logs: {@code v•••@example.org}, {@code •••••••123}. */
	public String maskedAddress() {
		if (address == null || address.isBlank()) {
			return "";
		}
		int at = address.indexOf('@');
		if (at > 0) {
			return address.charAt(0) + "•••" + address.substring(at);
		}
		String digits = address.replaceAll("[^0-9]", "");
		return digits.length() <= 3 ? "•••" : "•".repeat(digits.length() - 3) + digits.substring(digits.length() - 3);
	}

	@Override
	public String toString() {
		return "OutgoingMessage[address=" + maskedAddress() + ", subject=" + subject + "]";
	}

}
