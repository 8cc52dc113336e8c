package org.crossforce.reports.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decides what a file is from its first bytes, never from its name or the type the browser claimed: only PDF,
 * JPEG, PNG and plain UTF-8 text are accepted, so nothing executable or scriptable is ever stored or served.
 */
final class EvidenceTypes {

	static final int MAX_FILES = 5;

	/** 10 MB per file (issue 3). */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private EvidenceTypes() {
	}

	static Optional<String> mediaTypeOf(byte[] content) {
		if (startsWith(content, PDF)) {
			return Optional.of("application/pdf");
		}
		if (startsWith(content, JPEG)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(content, PNG)) {
			return Optional.of("image/png");
		}
		if (isPlainText(content)) {
			return Optional.of("text/plain");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	/** Valid UTF-8 with no control characters other than tab, line breaks and form feed. */
	private static boolean isPlainText(byte[] content) {
		try {
			CharSequence text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return text.chars().allMatch(c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r' || c == '\f');
		}
		catch (CharacterCodingException notText) {
			return false;
		}
	}

}
