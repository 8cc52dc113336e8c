package org.crossforce.statistics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crossforce.testing.Csv;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the tables and notes as CSV, then reads them back with a strict RFC 4180 reader: the table is a clean
 * table a program can load, every awkward value comes back as written, and the notes file carries the source,
 * period, date, definitions and symbols.
 */
class CsvPublicationTest {

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Test
	void aTableIsItsHeadingsAndRowsAloneAndReadsBackCellForCell() {
		List<List<String>> records = Csv.read(CsvPublication.table(OpenDataFixtures.byForce()));

		assertThat(records).containsExactly(
				List.of("Force code", "Force", "Reports", "Rate per 1,000 employees", "Change on previous year"),
				List.of("E23000001", "Metropolitan Police Service", "1512", "11.8", "-3"),
				List.of("W15000004", "Dyfed-Powys Police", "[c]", "[c]", "[x]"),
				List.of("E23000099", OpenDataFixtures.AWKWARD, "0", "0.1", "[z]"),
				List.of("E23000098", "'" + OpenDataFixtures.FORMULA, "7", "2.25", "7"),
				List.of("E23000097", OpenDataFixtures.TWO_LINES, "12", "10.0", "0"),
				List.of("E23000096", OpenDataFixtures.SPACED, "5", "-1.3", "5"));
	}

	@Test
	void textThatWouldRunAsAFormulaIsGuardedButNegativeNumbersAreNot() {
		OpenDataTable table = new OpenDataTable("Guards", "Guards", List.of("=Heading", "Value"),
				List.of(List.of(OpenDataCell.text("+1"), OpenDataCell.whole(-5)),
						List.of(OpenDataCell.text("-2"), OpenDataCell.decimal(new java.math.BigDecimal("-0.5"), 1)),
						List.of(OpenDataCell.text("@SUM(A1)"), OpenDataCell.whole(1)),
						List.of(OpenDataCell.text("\tcmd"), OpenDataCell.whole(2)),
						List.of(OpenDataCell.text("\rcmd"), OpenDataCell.whole(3)),
						List.of(OpenDataCell.text("a=b"), OpenDataCell.whole(4))));

		assertThat(Csv.read(CsvPublication.table(table))).containsExactly(List.of("'=Heading", "Value"),
				List.of("'+1", "-5"), List.of("'-2", "-0.5"), List.of("'@SUM(A1)", "1"), List.of("'\tcmd", "2"),
				List.of("'\rcmd", "3"), List.of("a=b", "4"));
	}

	@Test
	void theFileIsUtf8WithAByteOrderMarkAndCrlfLineEnds() {
		byte[] csv = CsvPublication.table(OpenDataFixtures.byRegion());

		assertThat(Arrays.copyOf(csv, 3)).isEqualTo(BYTE_ORDER_MARK);
		assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(
				"\uFEFFRegion,Reports\r\nLondon,1512\r\nWales,[c]\r\n");
	}

	@Test
	void theNotesAreAClean3ColumnTableWithSourcePeriodDateDefinitionsAndSymbols() {
		OpenDataNotes notes = OpenDataFixtures.notes();

		List<List<String>> records = Csv.read(CsvPublication.notes(notes));

		assertThat(records.get(0)).containsExactly("section", "term", "description");
		assertThat(records).allSatisfy(record -> assertThat(record).hasSize(3));
		assertThat(records.subList(1, records.size())).containsExactly(
				List.of("title", "", "Domestic abuse reports against police employees, England and Wales"),
				List.of("about", "Source", OpenDataFixtures.message("statistics.download.notes.source.text")),
				List.of("about", "Period", "Financial years, 1 April to 31 March: 2023 to 2024"),
				List.of("about", "Produced on", OpenDataFixtures.PRODUCED_ON),
				List.of("definition", "Reports", OpenDataFixtures.message("statistics.download.notes.reports.text")),
				List.of("definition", "Rate per 1,000 employees",
						OpenDataFixtures.message("statistics.download.notes.rate.text")),
				List.of("symbol", "[c]", OpenDataFixtures.message("statistics.download.notes.symbol.c")),
				List.of("symbol", "[x]", OpenDataFixtures.message("statistics.download.notes.symbol.x")),
				List.of("symbol", "[z]", OpenDataFixtures.message("statistics.download.notes.symbol.z")));
	}

}
