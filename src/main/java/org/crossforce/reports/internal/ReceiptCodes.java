package org.crossforce.reports.internal;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Case references and passphrases. Both are random, so a reference says nothing about when or where a case was
 * made and cannot be guessed from another. Crockford's base-32 alphabet leaves out letters that look like digits.
 */
@Component
class ReceiptCodes {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private final SecureRandom random = new SecureRandom();

	/** "CF-" and two groups of four: 40 random bits. */
	String newReference() {
		return "CF-" + group() + "-" + group();
	}

	/** Four groups of four: 80 random bits, shown once and kept only as a hash. */
	String newPassphrase() {
		return group() + "-" + group() + "-" + group() + "-" + group();
	}

	private String group() {
		char[] chars = new char[4];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
		}
		return new String(chars);
	}

}
