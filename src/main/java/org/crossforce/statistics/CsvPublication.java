package org.crossforce.statistics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.crossforce.statistics.OpenDataCell.Decimal;
import org.crossforce.statistics.OpenDataCell.Shorthand;
import org.crossforce.statistics.OpenDataCell.Text;
import org.crossforce.statistics.OpenDataCell.WholeNumber;
import org.crossforce.statistics.OpenDataNotes.Note;
import org.crossforce.statistics.OpenDataNotes.Section;

/**
 * Tables and their notes as CSV files (RFC 4180: comma-separated, fields quoted where they hold a comma, a quote or a
 * line break, lines ending CRLF).
 * <p>
 * A table's CSV is the table alone: one heading row, then the rows, with nothing above or beside them, because a CSV
 * with lines of notes on top no longer loads straight into R, pandas, a database or a spreadsheet's filter, and the
 * GOV.UK guidance on publishing CSV asks for one table a file. The notes go in a second CSV published beside the
 * tables, itself a clean table of {@code section,term,description}, where {@code section} is a fixed key
 * ({@code title}, {@code about}, {@code definition}, {@code symbol}) that stays the same in any language, so a reader
 * can filter the notes or join the symbols to the cells that hold them.
 * <p>
 * Files start with a UTF-8 byte order mark: without it Excel, which most readers of these tables open them in, reads
 * the file as Windows-1252 and garbles any non-ASCII name (Welsh place names among them). R's readr, pandas and
 * Python's {@code utf-8-sig} all skip the mark.
 */
public final class CsvPublication {

	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final String LINE_END = "\r\n";

	private CsvPublication() {
	}

	public static byte[] table(OpenDataTable table) {
		List<List<String>> lines = new ArrayList<>();
		lines.add(table.columnHeadings().stream().map(CsvPublication::guarded).toList());
		for (List<OpenDataCell> row : table.rows()) {
			lines.add(row.stream().map(CsvPublication::value).toList());
		}
		return file(lines);
	}

	public static byte[] notes(OpenDataNotes notes) {
		List<List<String>> lines = new ArrayList<>();
		lines.add(List.of("section", "term", "description"));
		lines.add(List.of("title", "", guarded(notes.title())));
		addSection(lines, "about", notes.about());
		addSection(lines, "definition", notes.definitions());
		addSection(lines, "symbol", notes.legend());
		return file(lines);
	}

	private static void addSection(List<List<String>> lines, String key, Section section) {
		for (Note note : section.notes()) {
			lines.add(List.of(key, guarded(note.term()), guarded(note.description())));
		}
	}

	private static byte[] file(List<List<String>> lines) {
		String text = lines.stream()
			.map(line -> line.stream().map(CsvPublication::field).collect(Collectors.joining(",")) + LINE_END)
			.collect(Collectors.joining("", BYTE_ORDER_MARK, ""));
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Numbers are written plain (no thousands separators, a decimal to its stated places) so they parse as numbers;
	 * only text can be mistaken for a formula, so only text is guarded.
	 */
	private static String value(OpenDataCell cell) {
		if (cell instanceof Text text) {
			return guarded(text.text());
		}
		if (cell instanceof WholeNumber whole) {
			return Long.toString(whole.value());
		}
		if (cell instanceof Decimal decimal) {
			return decimal.value().toPlainString();
		}
		return ((Shorthand) cell).symbol().shorthand();
	}

	/**
	 * Text a spreadsheet would run as a formula (starting = + - @, or a tab or carriage return that some strip first)
	 * gets a leading apostrophe, as OWASP advises against CSV injection. Headings and notes are guarded the same way;
	 * a negative number is not text and keeps its minus sign.
	 */
	private static String guarded(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	private static String field(String text) {
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
