package org.crossforce.foi.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an authority's figures from a CSV file (UTF-8, comma-separated, RFC 4180 quoting, a byte order mark
 * tolerated) or an Excel workbook (XLSX, its first sheet) into rows of text: the first row names the columns. Row
 * numbers are the file's own (the header is row 1), as a spreadsheet shows them, so an error can point at the row.
 */
final class DatasetFiles {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_ROWS = 10_000;

	/** Wider than any dataset needs; it keeps a hostile workbook from filling memory with empty columns. */
	static final int MAX_COLUMNS = 100;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private DatasetFiles() {
	}

	/** A file's rows: the header's column names and each data row that is not empty, with its row number. */
	record Table(List<String> columns, List<Line> rows) implements Serializable {

		Table {
			columns = List.copyOf(columns);
			rows = List.copyOf(rows);
		}

	}

	/** One data row: its number in the file and one text a column (blank where the file has nothing). */
	record Line(int number, List<String> cells) implements Serializable {

		Line {
			cells = List.copyOf(cells);
		}

		public String cell(int column) {
			return column < cells.size() ? cells.get(column) : "";
		}

	}

	/** A file refused as a whole; {@link #code()} and {@link #arguments()} make the message. */
	static final class Refused extends RuntimeException {

		private final String code;

		private final transient Object[] arguments;

		Refused(String code, Object... arguments) {
			super(code, null, false, false);
			this.code = code;
			this.arguments = arguments;
		}

		String code() {
			return code;
		}

		Object[] arguments() {
			return arguments;
		}

	}

	static Table read(String filename, byte[] content) {
		if (content.length > MAX_BYTES) {
			throw new Refused("foi.import.error.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		if (content.length == 0) {
			throw new Refused("foi.import.error.empty");
		}
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		if (startsWith(content, ZIP)) {
			return xlsx(content);
		}
		if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
			throw new Refused("foi.import.error.notXlsx");
		}
		return csv(text(content));
	}

	// --- CSV ---

	private static String text(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			if (text.indexOf('\0') >= 0) {
				throw new Refused("foi.import.error.notCsv");
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException notUtf8) {
			throw new Refused("foi.import.error.notCsv");
		}
	}

	static Table csv(String text) {
		Collector collector = new Collector();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				field.setLength(0);
				collector.add(record);
				record = new ArrayList<>();
			}
			else {
				field.append(c);
			}
			i++;
		}
		if (quoted) {
			throw new Refused("foi.import.error.unclosedQuote", collector.next());
		}
		if (!field.isEmpty() || !record.isEmpty()) {
			record.add(field.toString());
			collector.add(record);
		}
		return collector.table();
	}

	// --- XLSX ---

	private static Table xlsx(byte[] content) {
		Collector collector = new Collector();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			Iterator<Row> iterator = rows.iterator();
			while (iterator.hasNext()) {
				Row row = iterator.next();
				List<String> cells = new ArrayList<>();
				for (int column = 0; column < Math.min(row.getCellCount(), MAX_COLUMNS + 1); column++) {
					cells.add(text(row.getCell(column)));
				}
				collector.add(row.getRowNum(), cells);
			}
		}
		catch (Refused refused) {
			throw refused;
		}
		catch (IOException | RuntimeException unreadable) {
			// A corrupt zip, a zip that is not a workbook, or XML the reader cannot follow: all the same to the user.
			throw new Refused("foi.import.error.notXlsx");
		}
		return collector.table();
	}

	/** A cell as the spreadsheet shows it; whole numbers without the ".0" a number format would add. */
	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.getType()) {
			case NUMBER -> plain(cell.asNumber());
			case STRING -> cell.asString();
			case FORMULA -> number(cell.getRawValue());
			case EMPTY -> "";
			default -> cell.getRawValue() == null ? "" : cell.getRawValue();
		};
	}

	private static String number(String raw) {
		if (raw == null) {
			return "";
		}
		try {
			return plain(new BigDecimal(raw.strip()));
		}
		catch (NumberFormatException text) {
			return raw;
		}
	}

	private static String plain(BigDecimal number) {
		if (number == null) {
			return "";
		}
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Gathers rows as they are read: the first is the header, empty ones are skipped, the limits are enforced. */
	private static final class Collector {

		private List<String> columns;

		private final List<Line> rows = new ArrayList<>();

		private int number;

		void add(List<String> cells) {
			add(number + 1, cells);
		}

		void add(int rowNumber, List<String> cells) {
			number = rowNumber;
			if (cells.size() > MAX_COLUMNS && !cells.subList(MAX_COLUMNS, cells.size()).stream().allMatch(String::isBlank)) {
				throw new Refused("foi.import.error.tooManyColumns", MAX_COLUMNS);
			}
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			List<String> kept = cells.size() > MAX_COLUMNS ? cells.subList(0, MAX_COLUMNS) : cells;
			if (columns == null) {
				int width = kept.size();
				while (width > 0 && kept.get(width - 1).isBlank()) {
					width--;
				}
				columns = kept.subList(0, width).stream().map(String::strip).toList();
				return;
			}
			if (rows.size() == MAX_ROWS) {
				throw new Refused("foi.import.error.tooManyRows", MAX_ROWS);
			}
			rows.add(new Line(rowNumber, kept));
		}

		int next() {
			return number + 1;
		}

		Table table() {
			if (columns == null) {
				throw new Refused("foi.import.error.empty");
			}
			if (rows.isEmpty()) {
				throw new Refused("foi.import.error.noRows");
			}
			return new Table(columns, rows);
		}

	}

}
