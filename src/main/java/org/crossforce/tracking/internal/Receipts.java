package org.crossforce.tracking.internal;

import java.util.Locale;

/**
 * Reads a case reference and passphrase as a person types them from their receipt: in any case, with or without
 * spaces and hyphens. Crockford's base-32 has no I, L, O or U, so I and L are read as 1 and O as 0.
 */
final class Receipts {

	/** "CF-" and two groups of four Crockford base-32 characters (reports' ReceiptCodes). */
	static final String REFERENCE = "CF-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

	private Receipts() {
	}

	static String normaliseReference(String typed) {
		String compact = compact(typed);
		if (compact.startsWith("CF")) {
			String code = crockford(compact.substring(2));
			if (code.length() == 8) {
				return "CF-" + code.substring(0, 4) + "-" + code.substring(4);
			}
		}
		return compact;
	}

	static String normalisePassphrase(String typed) {
		String code = crockford(compact(typed));
		if (code.length() != 16) {
			return code;
		}
		return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12);
	}

	static boolean isReference(String reference) {
		return reference != null && reference.matches(REFERENCE);
	}

	private static String compact(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s\\-\u2010-\u2015]", "").toUpperCase(Locale.ROOT);
	}

	private static String crockford(String code) {
		return code.replace('O', '0').replace('I', '1').replace('L', '1');
	}

}
