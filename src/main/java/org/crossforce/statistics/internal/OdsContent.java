package org.crossforce.statistics.internal;

import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

import org.crossforce.statistics.OpenDataCell;
import org.crossforce.statistics.OpenDataCell.Decimal;
import org.crossforce.statistics.OpenDataCell.Shorthand;
import org.crossforce.statistics.OpenDataCell.Text;
import org.crossforce.statistics.OpenDataCell.WholeNumber;
import org.crossforce.statistics.OpenDataNotes;
import org.crossforce.statistics.OpenDataNotes.Note;
import org.crossforce.statistics.OpenDataNotes.Section;
import org.crossforce.statistics.OpenDataTable;

/**
 * The {@code content.xml} of a spreadsheet laid out as the GOV.UK guidance on accessible spreadsheets asks: the notes
 * on their own first sheet, then one table a sheet with its title in A1 and its headings in the row below (marked as
 * header rows, so they repeat when printed), no merged cells and no blank rows. Numbers are numbers, shown with
 * thousands separators and their stated places; symbols are text, aligned with the numbers they stand in for.
 */
final class OdsContent {

	private static final double CENTIMETRES_A_CHARACTER = 0.22;

	private static final double NARROWEST_COLUMN = 2.0;

	private static final double WIDEST_COLUMN = 12.0;

	/** Headings wrap in their cells, so a long heading need not make its column wide. */
	private static final int HEADING_CHARACTERS_ON_ONE_LINE = 24;

	private static final double NOTES_TERM_COLUMN_MAX = 8.0;

	private static final double NOTES_DESCRIPTION_COLUMN = 18.0;

	private final StringBuilder xml = new StringBuilder();

	private OdsContent() {
	}

	static String of(String notesSheetName, OpenDataNotes notes, List<OpenDataTable> tables) {
		OdsContent content = new OdsContent();
		content.start(notes, tables);
		content.notesSheet(notesSheetName, notes);
		for (int i = 0; i < tables.size(); i++) {
			content.tableSheet(i, tables.get(i));
		}
		content.end();
		return content.xml.toString();
	}

	private void start(OpenDataNotes notes, List<OpenDataTable> tables) {
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<office:document-content").append(OdsPackage.NAMESPACES).append(" office:version=\"1.3\">")
			.append("<office:automatic-styles>");
		SortedSet<Integer> places = new TreeSet<>(List.of(0));
		tables.stream()
			.flatMap(table -> table.rows().stream())
			.flatMap(List::stream)
			.filter(Decimal.class::isInstance)
			.forEach(cell -> places.add(((Decimal) cell).places()));
		for (int place : places) {
			xml.append("<number:number-style style:name=\"N").append(place).append("\">")
				.append("<number:number number:decimal-places=\"").append(place)
				.append("\" number:min-decimal-places=\"").append(place)
				.append("\" number:min-integer-digits=\"1\" number:grouping=\"true\"/>")
				.append("</number:number-style>")
				.append("<style:style style:name=\"ce-n").append(place)
				.append("\" style:family=\"table-cell\" style:parent-style-name=\"Default\" style:data-style-name=\"N")
				.append(place).append("\"/>");
		}
		xml.append("<style:style style:name=\"ce-title\" style:family=\"table-cell\" style:parent-style-name=\"Default\">")
			.append(bold("14pt"))
			.append("</style:style>")
			.append("<style:style style:name=\"ce-heading\" style:family=\"table-cell\" style:parent-style-name=\"Default\">")
			.append("<style:table-cell-properties fo:wrap-option=\"wrap\" style:vertical-align=\"top\"/>")
			.append(bold(null))
			.append("</style:style>")
			.append("<style:style style:name=\"ce-wrap\" style:family=\"table-cell\" style:parent-style-name=\"Default\">")
			.append("<style:table-cell-properties fo:wrap-option=\"wrap\" style:vertical-align=\"top\"/>")
			.append("</style:style>")
			.append("<style:style style:name=\"ce-symbol\" style:family=\"table-cell\" style:parent-style-name=\"Default\">")
			.append("<style:paragraph-properties fo:text-align=\"end\"/>")
			.append("</style:style>");
		columnStyle("co-notes-term", termWidth(notes));
		columnStyle("co-notes-description", NOTES_DESCRIPTION_COLUMN);
		for (int t = 0; t < tables.size(); t++) {
			OpenDataTable table = tables.get(t);
			for (int c = 0; c < table.columnHeadings().size(); c++) {
				columnStyle(columnStyleName(t, c), width(table, c));
			}
		}
		xml.append("</office:automatic-styles><office:body><office:spreadsheet>");
	}

	private static String bold(String size) {
		String fontSize = size == null ? "" : " fo:font-size=\"" + size + "\"";
		return "<style:text-properties" + fontSize
				+ " fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\"/>";
	}

	private void columnStyle(String name, double centimetres) {
		xml.append("<style:style style:name=\"").append(name).append("\" style:family=\"table-column\">")
			.append("<style:table-column-properties style:column-width=\"")
			.append(String.format(Locale.ROOT, "%.2fcm", centimetres))
			.append("\"/></style:style>");
	}

	private static String columnStyleName(int table, int column) {
		return "co-t" + table + "-c" + column;
	}

	private static double width(OpenDataTable table, int column) {
		int characters = Math.min(table.columnHeadings().get(column).length(), HEADING_CHARACTERS_ON_ONE_LINE);
		for (List<OpenDataCell> row : table.rows()) {
			characters = Math.max(characters, longestLine(shown(row.get(column))));
		}
		return clamp(0.5 + characters * CENTIMETRES_A_CHARACTER, NARROWEST_COLUMN, WIDEST_COLUMN);
	}

	private static double termWidth(OpenDataNotes notes) {
		int characters = sections(notes).stream()
			.flatMap(section -> section.notes().stream())
			.mapToInt(note -> longestLine(note.term()))
			.max()
			.orElse(0);
		return clamp(0.5 + characters * CENTIMETRES_A_CHARACTER, NARROWEST_COLUMN, NOTES_TERM_COLUMN_MAX);
	}

	private static List<Section> sections(OpenDataNotes notes) {
		return List.of(notes.about(), notes.definitions(), notes.legend());
	}

	private static int longestLine(String text) {
		int longest = 0;
		for (String line : text.split("\r\n|\r|\n")) {
			longest = Math.max(longest, line.length());
		}
		return longest;
	}

	private static double clamp(double value, double least, double most) {
		return Math.max(least, Math.min(most, value));
	}

	private void notesSheet(String name, OpenDataNotes notes) {
		xml.append("<table:table table:name=\"").append(OdsText.escaped(name)).append("\">");
		xml.append("<table:table-column table:style-name=\"co-notes-term\"/>");
		xml.append("<table:table-column table:style-name=\"co-notes-description\"/>");
		row(textCell(notes.title(), "ce-title"));
		for (Section section : sections(notes)) {
			row(textCell(section.heading(), "ce-heading"));
			for (Note note : section.notes()) {
				row(textCell(note.term(), "ce-wrap") + textCell(note.description(), "ce-wrap"));
			}
		}
		xml.append("</table:table>");
	}

	private void tableSheet(int index, OpenDataTable table) {
		xml.append("<table:table table:name=\"").append(OdsText.escaped(table.sheetName())).append("\">");
		for (int c = 0; c < table.columnHeadings().size(); c++) {
			xml.append("<table:table-column table:style-name=\"").append(columnStyleName(index, c)).append("\"/>");
		}
		row(textCell(table.title(), "ce-title"));
		xml.append("<table:table-header-rows>");
		StringBuilder headings = new StringBuilder();
		table.columnHeadings().forEach(heading -> headings.append(textCell(heading, "ce-heading")));
		row(headings.toString());
		xml.append("</table:table-header-rows>");
		for (List<OpenDataCell> cells : table.rows()) {
			StringBuilder row = new StringBuilder();
			cells.forEach(cell -> row.append(cell(cell)));
			row(row.toString());
		}
		xml.append("</table:table>");
	}

	private void row(String cells) {
		xml.append("<table:table-row>").append(cells).append("</table:table-row>");
	}

	private static String cell(OpenDataCell cell) {
		if (cell instanceof Text text) {
			return textCell(text.text(), null);
		}
		if (cell instanceof Shorthand shorthand) {
			return textCell(shorthand.symbol().shorthand(), "ce-symbol");
		}
		String value;
		int places;
		if (cell instanceof WholeNumber whole) {
			value = Long.toString(whole.value());
			places = 0;
		}
		else {
			Decimal decimal = (Decimal) cell;
			value = decimal.value().toPlainString();
			places = decimal.places();
		}
		return "<table:table-cell table:style-name=\"ce-n" + places + "\" office:value-type=\"float\" office:value=\""
				+ value + "\"><text:p>" + shown(cell) + "</text:p></table:table-cell>";
	}

	/** What the cell shows: a number as the UK writes it, with thousands separators. */
	private static String shown(OpenDataCell cell) {
		if (cell instanceof Text text) {
			return text.text();
		}
		if (cell instanceof Shorthand shorthand) {
			return shorthand.symbol().shorthand();
		}
		if (cell instanceof WholeNumber whole) {
			return String.format(Locale.UK, "%,d", whole.value());
		}
		Decimal decimal = (Decimal) cell;
		return String.format(Locale.UK, "%,." + decimal.places() + "f", decimal.value());
	}

	/** Any text, even one starting with =, is a string cell: ODS holds a formula only in {@code table:formula}. */
	private static String textCell(String text, String style) {
		if (text.isEmpty()) {
			return "<table:table-cell/>";
		}
		String styleName = style == null ? "" : " table:style-name=\"" + style + "\"";
		return "<table:table-cell" + styleName + " office:value-type=\"string\">" + OdsText.paragraphs(text)
				+ "</table:table-cell>";
	}

	private void end() {
		xml.append("</office:spreadsheet></office:body></office:document-content>");
	}

}
