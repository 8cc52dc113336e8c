package org.crossforce.foi.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.crossforce.foi.internal.DatasetFiles.Line;
import org.crossforce.foi.internal.DatasetFiles.Refused;
import org.crossforce.foi.internal.DatasetFiles.Table;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetFilesTest {

	@Test
	void aFileOverTwoMegabytesIsRefused() {
		byte[] big = new byte[DatasetFiles.MAX_BYTES + 1];
		assertThatThrownBy(() -> DatasetFiles.read("big.csv", big)).isInstanceOf(Refused.class)
			.extracting(failure -> ((Refused) failure).code())
			.isEqualTo("foi.import.error.tooLarge");
	}

	@Test
	void moreThanTenThousandRowsAreRefused() {
		StringBuilder csv = new StringBuilder("Year,Count\n");
		for (int i = 0; i <= DatasetFiles.MAX_ROWS; i++) {
			csv.append("2015-16,").append(i).append('\n');
		}
		assertThatThrownBy(() -> DatasetFiles.read("rows.csv", bytes(csv.toString())))
			.extracting(failure -> ((Refused) failure).code())
			.isEqualTo("foi.import.error.tooManyRows");
		String exactly = csv.substring(0, csv.lastIndexOf("2015-16"));
		assertThat(DatasetFiles.read("rows.csv", bytes(exactly)).rows()).hasSize(DatasetFiles.MAX_ROWS);
	}

	@Test
	void aPdfRenamedAsXlsxOrCsvAndACorruptZipAreRefused() {
		byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> DatasetFiles.read("reply.xlsx", pdf)).extracting(failure -> ((Refused) failure).code())
			.isEqualTo("foi.import.error.notXlsx");
		assertThatThrownBy(() -> DatasetFiles.read("reply.csv", pdf)).extracting(failure -> ((Refused) failure).code())
			.isEqualTo("foi.import.error.notCsv");
		byte[] corrupt = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
		assertThatThrownBy(() -> DatasetFiles.read("reply.xlsx", corrupt))
			.extracting(failure -> ((Refused) failure).code())
			.isEqualTo("foi.import.error.notXlsx");
	}

	@Test
	void anUnclosedQuoteNamesItsRow() {
		assertThatThrownBy(() -> DatasetFiles.read("a.csv", bytes("A,B\n1,2\n\"3,4\n")))
			.satisfies(failure -> {
				assertThat(((Refused) failure).code()).isEqualTo("foi.import.error.unclosedQuote");
				assertThat(((Refused) failure).arguments()).containsExactly(3);
			});
	}

	@Test
	void anEmptyFileOrOneWithOnlyAHeaderIsRefused() {
		assertThatThrownBy(() -> DatasetFiles.read("a.csv", new byte[0]))
			.extracting(failure -> ((Refused) failure).code())
			.isEqualTo("foi.import.error.empty");
		assertThatThrownBy(() -> DatasetFiles.read("a.csv", bytes("Year,Count\n\n")))
			.extracting(failure -> ((Refused) failure).code())
			.isEqualTo("foi.import.error.noRows");
	}

	@Test
	void csvWithBomQuotesAndCrlfIsReadWithRowNumbersAndEmptyRowsSkipped() {
		Table table = DatasetFiles.read("a.csv",
				bytes("\uFEFFYear,\"Role, of accused\",Count\r\n2015-16,\"Police \"\"officer\"\"\",\"1,234\"\r\n,,\r\n"
						+ "2016-17,\"PCSO\nand staff\",nil"));
		assertThat(table.columns()).containsExactly("Year", "Role, of accused", "Count");
		assertThat(table.rows()).containsExactly(new Line(2, List.of("2015-16", "Police \"officer\"", "1,234")),
				new Line(4, List.of("2016-17", "PCSO\nand staff", "nil")));
	}

	@Test
	void xlsxFirstSheetIsReadWithWholeNumbersWithoutDecimals() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "Test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Figures");
			sheet.value(0, 0, "Year");
			sheet.value(0, 1, "Count");
			sheet.value(1, 0, "2015-16");
			sheet.value(1, 1, 12);
			sheet.value(2, 0, "2016-17");
			sheet.value(2, 1, 3.0);
			sheet.value(4, 0, "2017-18");
			sheet.value(4, 1, "not held");
			workbook.newWorksheet("Other").value(0, 0, "ignored");
		}
		Table table = DatasetFiles.read("figures.xlsx", out.toByteArray());
		assertThat(table.columns()).containsExactly("Year", "Count");
		assertThat(table.rows()).containsExactly(new Line(2, List.of("2015-16", "12")),
				new Line(3, List.of("2016-17", "3")), new Line(5, List.of("2017-18", "not held")));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
