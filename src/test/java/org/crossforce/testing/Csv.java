package org.crossforce.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the CSV files the service publishes, checking their form as it goes. */
public final class Csv {

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private Csv() {
	}

	/**
	 * A strict RFC 4180 reader: records end CRLF, a quote may appear only around a whole field or doubled inside
	 * one, and every record has as many fields as the first.
	 */
	public static List<List<String>> read(byte[] bytes) {
		assertThat(Arrays.copyOf(bytes, 3)).as("byte order mark").isEqualTo(BYTE_ORDER_MARK);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text).endsWith("\r\n");
		List<List<String>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		boolean fieldStart = true;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (fieldStart && c == '"') {
				i++;
				while (true) {
					assertThat(i).as("a quoted field is closed").isLessThan(text.length());
					char q = text.charAt(i);
					if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i += 2;
					}
					else if (q == '"') {
						i++;
						break;
					}
					else {
						field.append(q);
						i++;
					}
				}
				assertThat(text.charAt(i)).as("after a closing quote").isIn(',', '\r');
				fieldStart = false;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				fieldStart = true;
				i++;
			}
			else if (c == '\r') {
				assertThat(text.charAt(i + 1)).as("a record ends CRLF").isEqualTo('\n');
				fields.add(field.toString());
				field.setLength(0);
				records.add(List.copyOf(fields));
				fields.clear();
				fieldStart = true;
				i += 2;
			}
			else {
				assertThat(c).as("an unquoted field holds no quote or line feed").isNotIn('"', '\n');
				field.append(c);
				fieldStart = false;
				i++;
			}
		}
		assertThat(records).allSatisfy(record -> assertThat(record).hasSameSizeAs(records.get(0)));
		return records;
	}

}
