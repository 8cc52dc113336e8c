package org.crossforce.supercomplaints.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.crossforce.supercomplaints.internal.PackContent.CaseStudy;
import org.crossforce.supercomplaints.internal.PackContent.Evidence;
import org.crossforce.supercomplaints.internal.PackContent.FrozenTable;

/**
 * An evidence pack as the template lays it out: every text already made printable in the standard font, split into
 * paragraphs, numbered and formatted, so the template only places things and the same content always gives the same
 * page.
 *
 * @param forces the forces named; empty when the complaint is about every force
 * @param feature the feature of policing, as paragraphs of lines
 * @param harm the harm, as paragraphs of lines
 */
record PackLayout(String title, String bodyName, String version, String savedAt, List<String> forces,
		List<List<String>> feature, List<List<String>> harm, List<Item> evidence) {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	/** "24 November 2026 at 4:42pm", as GOV.UK writes a date and time. */
	private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
		.appendPattern("d MMMM yyyy 'at' h:mm")
		.appendText(ChronoField.AMPM_OF_DAY, Map.of(0L, "am", 1L, "pm"))
		.toFormatter(Locale.UK);

	/** A number as a statistics table prints it: digits with thousands commas, perhaps a sign, decimals or "%". */
	private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?%?");

	/** A shorthand symbol from the statistics tables ("[c]", "[x]", "[z]"...), printed where a number would be. */
	private static final Pattern SYMBOL = Pattern.compile("\\[[a-z]{1,2}\\]");

	static PackLayout of(PackContent content) {
		List<Evidence> evidence = content.evidence();
		return new PackLayout(text(content.title()), text(content.bodyName()), Integer.toString(content.version()),
				dateTime(content.versionSavedAt()), content.forces().stream().map(PackLayout::text).toList(),
				paragraphs(content.feature()), paragraphs(content.harm()),
				IntStream.range(0, evidence.size()).mapToObj(i -> Item.of(i + 1, evidence.get(i))).toList());
	}

	/** One numbered evidence item: either {@code table} or {@code paragraphs} is set. */
	record Item(int number, String anchor, String title, String source, TableLayout table,
			List<List<String>> paragraphs) {

		static Item of(int number, Evidence evidence) {
			String anchor = "evidence-" + number;
			if (evidence instanceof FrozenTable table) {
				return new Item(number, anchor, text(table.title()), text(table.source()), TableLayout.of(table),
						List.of());
			}
			CaseStudy study = (CaseStudy) evidence;
			return new Item(number, anchor, text(study.title()), text(study.source()), null,
					PackLayout.paragraphs(study.text()));
		}

	}

	/**
	 * A frozen table with its columns marked numeric (right-aligned, heading too) when every cell is a number or a
	 * symbol, and its chart when the author asked for one.
	 */
	record TableLayout(String period, String producedAt, String query, List<Cell> headings, List<List<Cell>> rows,
			List<String> notes, Chart chart) {

		static TableLayout of(FrozenTable table) {
			int columns = table.columnHeadings().size();
			boolean[] numeric = new boolean[columns];
			for (int column = 0; column < columns; column++) {
				int c = column;
				numeric[column] = !table.rows().isEmpty()
						&& table.rows().stream().allMatch(row -> c >= row.size() || isFigure(row.get(c)))
						&& table.rows().stream().anyMatch(row -> c < row.size() && isNumber(row.get(c)));
			}
			List<Cell> headings = IntStream.range(0, columns)
				.mapToObj(column -> new Cell(text(table.columnHeadings().get(column)), numeric[column]))
				.toList();
			List<List<Cell>> rows = table.rows().stream()
				.map(row -> IntStream.range(0, row.size())
					.mapToObj(column -> new Cell(text(row.get(column)), column < columns && numeric[column]))
					.toList())
				.toList();
			return new TableLayout(text(table.period()),
					table.producedAt() == null ? "" : dateTime(table.producedAt()), text(table.query()), headings,
					rows, table.notes().stream().map(PackLayout::text).toList(),
					table.chart() && columns >= 2 ? Chart.of(table) : null);
		}

	}

	record Cell(String text, boolean numeric) {
	}

	/**
	 * A horizontal bar chart of the table's last column, one bar a row, labelled by the first column. The figure is
	 * written beside every bar, and a row whose figure is a symbol gets the symbol and no bar, so the chart never
	 * shows something the table does not.
	 *
	 * @param heading the charted column's heading
	 */
	record Chart(String heading, String labelHeading, List<Bar> bars) {

		static Chart of(FrozenTable table) {
			List<String> headings = table.columnHeadings();
			int last = headings.size() - 1;
			List<String> figures = table.rows().stream().map(row -> row.size() > last ? row.get(last) : "").toList();
			BigDecimal largest = figures.stream()
				.filter(PackLayout::isNumber)
				.map(PackLayout::value)
				.max(BigDecimal::compareTo)
				.orElse(BigDecimal.ZERO);
			List<Bar> bars = IntStream.range(0, figures.size()).mapToObj(i -> {
				String figure = figures.get(i);
				String label = table.rows().get(i).isEmpty() ? "" : text(table.rows().get(i).get(0));
				boolean drawn = isNumber(figure);
				boolean measurable = drawn && largest.signum() > 0 && value(figure).signum() > 0;
				String width = measurable ? value(figure).multiply(BigDecimal.valueOf(100))
					.divide(largest, 1, RoundingMode.HALF_UP)
					.toPlainString() + "%" : "0%";
				return new Bar(label, text(figure), width, drawn);
			}).toList();
			return new Chart(text(headings.get(last)), text(headings.get(0)), bars);
		}

	}

	/**
	 * @param width the bar's length as a share of the longest, as CSS: "42.5%"; "0%" for zero or a negative figure,
	 * which is still written beside it
	 * @param drawn false when the figure is a symbol or not a number: the row has the symbol and no bar
	 */
	record Bar(String label, String figure, String width, boolean drawn) {
	}

	private static boolean isFigure(String cell) {
		String stripped = cell == null ? "" : cell.strip();
		return stripped.isEmpty() || isNumber(stripped) || SYMBOL.matcher(stripped).matches();
	}

	private static boolean isNumber(String cell) {
		return cell != null && NUMBER.matcher(cell.strip()).matches();
	}

	private static BigDecimal value(String number) {
		return new BigDecimal(number.strip().replace(",", "").replace("%", "").replace("+", ""));
	}

	private static String dateTime(Instant instant) {
		return DATE_TIME.format(instant.atZone(UK));
	}

	private static String text(String value) {
		return StandardFontText.printable(value).strip();
	}

	/** Blank lines separate paragraphs; single line breaks are kept inside one. */
	private static List<List<String>> paragraphs(String value) {
		return Arrays.stream(StandardFontText.printable(value).split("\\n\\s*\\n"))
			.filter(paragraph -> !paragraph.isBlank())
			.map(paragraph -> Arrays.stream(paragraph.strip().split("\\n")).map(String::strip).toList())
			.toList();
	}

}
