package org.crossforce.supercomplaints.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.util.BitSet;

/**
 * Text as the PDF's standard Helvetica can print it. The pack embeds no font, so only the WinAnsi characters (Latin-1
 * plus curly quotes, dashes and the euro) can be drawn; anything else would be dropped or drawn as a box by the
 * renderer. A letter with an accent outside that set (the Welsh ŵ, ŷ) is printed as its base letter so names stay
 * readable; anything else (an emoji, a non-Latin script) becomes "?" so the reader can see something was there.
 */
final class StandardFontText {

	private static final BitSet PRINTABLE = winAnsi();

	private StandardFontText() {
	}

	/** The text with every character Helvetica cannot print replaced; line breaks and tabs are kept. */
	static String printable(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(character -> {
			if (character == '\n' || character == '\t' || isPrintable(character)) {
				out.appendCodePoint(character);
			}
			else if (!Character.isISOControl(character)) {
				out.append(baseLetter(character));
			}
		});
		return out.toString();
	}

	private static String baseLetter(int character) {
		String decomposed = Normalizer.normalize(Character.toString(character), Normalizer.Form.NFD);
		int base = decomposed.codePointAt(0);
		return decomposed.length() > Character.charCount(base) && isPrintable(base) ? Character.toString(base) : "?";
	}

	private static boolean isPrintable(int character) {
		return character < 0x10000 && PRINTABLE.get(character);
	}

	/** Every character windows-1252 (the same set as PDF's WinAnsiEncoding) can print. */
	private static BitSet winAnsi() {
		CharsetDecoder decoder = Charset.forName("windows-1252").newDecoder()
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.onMalformedInput(CodingErrorAction.REPORT);
		BitSet printable = new BitSet(0x10000);
		for (int code = 0x20; code <= 0xFF; code++) {
			if (code == 0x7F) {
				continue;
			}
			try {
				CharBuffer decoded = decoder.decode(ByteBuffer.wrap(new byte[] { (byte) code }));
				printable.set(decoded.charAt(0));
			}
			catch (CharacterCodingException unmapped) {
				// one of the five unused positions: nothing is printed there
			}
		}
		return printable;
	}

}
