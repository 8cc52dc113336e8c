package org.crossforce.foi.internal;

import java.util.ArrayList;
import java.util.List;

import org.crossforce.foi.internal.Dataset.Dimension;
import org.crossforce.foi.internal.Dataset.Entry;
import org.crossforce.foi.internal.DatasetCell.Status;
import org.crossforce.foi.internal.DatasetFiles.Line;
import org.crossforce.foi.internal.DatasetFiles.Table;
import org.crossforce.foi.internal.DatasetImport.Mapping;
import org.crossforce.foi.internal.DatasetImport.Result;
import org.crossforce.web.InvalidInput;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetImportTest {

	static final Dataset DATASET = new Dataset(List.of(new Dimension(1, "Year", List.of("2015-16", "2016-17")),
			new Dimension(2, "Outcome", List.of("Charged", "Convicted", "No further action"))));

	static final Table TABLE = new Table(List.of("Count", "Outcome", "", "Financial year"), List.of(
			new Line(2, List.of("3", "charged ", "", "2015-16")), new Line(3, List.of("nil", "Convicted", "", "2015-16")),
			new Line(4, List.of("", "Chargd", "", "2016-17")), new Line(5, List.of("0", "NO FURTHER ACTION", "", "2016-17"))));

	static final Mapping MAPPING = new Mapping(List.of(3, 1), 0);

	@Test
	void aMappingNeedsAColumnForEveryDimensionAndTheValueNoneTwice() {
		List<InvalidInput> problems = DatasetImport.checkMapping(DATASET, TABLE, new ArrayList<>(List.of(1)), 1);
		assertThat(problems).extracting(InvalidInput::field).containsExactly("dimension2", "value");
		assertThat(problems).extracting(problem -> problem.getCodes()[0])
			.containsExactly("foi.import.mapping.dimensionMissing", "foi.import.mapping.twice");
		assertThat(DatasetImport.checkMapping(DATASET, TABLE, List.of(3, 9), null)).extracting(InvalidInput::field)
			.containsExactly("dimension2", "value");
		assertThat(DatasetImport.checkMapping(DATASET, TABLE, List.of(3, 1), 0)).isEmpty();
	}

	@Test
	void badRowsAreAllReportedNamingRowAndColumnAndNothingIsKept() {
		Table table = new Table(List.of("Year", "Outcome", "Count"),
				List.of(new Line(2, List.of("2015-16", "Charged", "4")), new Line(3, List.of("2015-16", "Chargd", "1")),
						new Line(4, List.of("2015-16", "Convicted", "-2")),
						new Line(5, List.of("2016-17", "Convicted", "1.5")),
						new Line(7, List.of("2015-16", "charged", "6")), new Line(8, List.of("", "Charged", "6"))));
		Result result = DatasetImport.read(DATASET, table, new Mapping(List.of(0, 1), 2));
		assertThat(result.accepted()).isFalse();
		assertThat(result.entries()).isEmpty();
		assertThat(messages(result.problems())).containsExactly(
				"Row 3, column 'Outcome': 'Chargd' is not one of the allowed values: Charged, Convicted, No further action",
				"Row 4, column 'Count': '-2' is negative: a count is a whole number, 0 or more",
				"Row 5, column 'Count': '1.5' is not a whole number",
				"Row 7: the cell 2015-16, Charged is already given in row 2",
				"Row 8, column 'Year' is empty: it must be one of the allowed values: 2015-16, 2016-17");
	}

	@Test
	void goodRowsBecomeCellsInTheDeclaredSpellingSkippingBlankValues() {
		Result result = DatasetImport.read(DATASET, TABLE, MAPPING);
		assertThat(result.problems()).isEmpty();
		assertThat(result.entries()).containsExactly(
				new Entry(List.of("2015-16", "Charged"), DatasetCell.count(3)),
				new Entry(List.of("2015-16", "Convicted"), DatasetCell.of(Status.NIL)),
				new Entry(List.of("2016-17", "No further action"), DatasetCell.count(0)));
		assertThat(result.entries().get(0).coordinates()).containsExactly("2015-16", "Charged", "", "");
	}

	@Test
	void aBlankColumnIsNamedByItsSpreadsheetLetter() {
		assertThat(DatasetImport.label(TABLE, 2)).isEqualTo("C");
		assertThat(DatasetImport.letter(27)).isEqualTo("AB");
		assertThat(DatasetImport.guess(TABLE, "outcome")).isEqualTo(1);
		assertThat(DatasetImport.guess(TABLE, "Year")).isEqualTo(-1);
	}

	/** The messages as the page shows them, from the application's messages.properties. */
	static List<String> messages(List<MessageSourceResolvable> problems) {
		org.springframework.context.support.ResourceBundleMessageSource source =
				new org.springframework.context.support.ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		return problems.stream().map(problem -> source.getMessage(problem, java.util.Locale.UK)).toList();
	}


}
