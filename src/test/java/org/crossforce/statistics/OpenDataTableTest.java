package org.crossforce.statistics;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OpenDataTableTest {

	@Test
	void everyRowHasACellForEveryHeading() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OpenDataTable("Table 1", "Title",
				List.of("Force", "Reports"), List.of(List.of(OpenDataCell.text("Kent")))));
	}

	@Test
	void aSheetNameIsOneASpreadsheetAccepts() {
		for (String name : List.of("", " ", "a".repeat(32), "2023/24", "Table [1]", "What?", "'Quoted'")) {
			assertThatIllegalArgumentException().as(name)
				.isThrownBy(() -> new OpenDataTable(name, "Title", List.of("Force"), List.of()));
		}
		assertThat(new OpenDataTable("a".repeat(31), "Title", List.of("Force"), List.of()).sheetName()).hasSize(31);
	}

	@Test
	void aDecimalIsRoundedHalfUpToItsPlacesWhenMade() {
		assertThat(OpenDataCell.decimal(new BigDecimal("2.45"), 1)).isEqualTo(OpenDataCell.decimal(new BigDecimal("2.5"), 1));
		assertThat(((OpenDataCell.Decimal) OpenDataCell.decimal(BigDecimal.ONE, 2)).value().toPlainString())
			.isEqualTo("1.00");
	}

}
