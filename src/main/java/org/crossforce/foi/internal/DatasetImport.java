package org.crossforce.foi.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crossforce.foi.internal.Dataset.Dimension;
import org.crossforce.foi.internal.Dataset.Entry;
import org.crossforce.foi.internal.DatasetFiles.Line;
import org.crossforce.foi.internal.DatasetFiles.Table;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Turns a file's rows into a request's cells, given which column holds each dimension and which the value. Every row
 * is checked before anything is kept, and every problem is reported naming its row and column, so that a file is
 * imported whole or not at all. Dimension values are matched ignoring case and spaces around them and kept in the
 * spelling the campaign declared; a blank value skips its row.
 */
final class DatasetImport {

	/** Which column (0-based, in the file's header) holds each dimension, in the dataset's order, and the value. */
	record Mapping(List<Integer> dimensionColumns, int valueColumn) {

		Mapping {
			dimensionColumns = List.copyOf(dimensionColumns);
		}

	}

	/** The cells read, or the problems found (then no cells). Problems are messages with their arguments. */
	record Result(List<Entry> entries, List<MessageSourceResolvable> problems) {

		boolean accepted() {
			return problems.isEmpty();
		}

	}

	private DatasetImport() {
	}

	/**
	 * Checks a mapping from the form: a column for every dimension and for the value, from the file's columns, no
	 * column twice. Fields are {@code dimension1}... and {@code value}.
	 */
	static List<InvalidInput> checkMapping(Dataset dataset, Table table, List<Integer> dimensionColumns,
			Integer valueColumn) {
		List<InvalidInput> problems = new ArrayList<>();
		Set<Integer> used = new HashSet<>();
		for (Dimension dimension : dataset.dimensions()) {
			int index = dimension.position() - 1;
			Integer column = index < dimensionColumns.size() ? dimensionColumns.get(index) : null;
			String field = "dimension" + dimension.position();
			if (column == null || column < 0 || column >= table.columns().size()) {
				problems.add(new InvalidInput(field, "foi.import.mapping.dimensionMissing", dimension.name()));
			}
			else if (!used.add(column)) {
				problems.add(new InvalidInput(field, "foi.import.mapping.twice", label(table, column)));
			}
		}
		if (valueColumn == null || valueColumn < 0 || valueColumn >= table.columns().size()) {
			problems.add(new InvalidInput("value", "foi.import.mapping.valueMissing"));
		}
		else if (!used.add(valueColumn)) {
			problems.add(new InvalidInput("value", "foi.import.mapping.twice", label(table, valueColumn)));
		}
		return problems;
	}

	static Result read(Dataset dataset, Table table, Mapping mapping) {
		List<Entry> entries = new ArrayList<>();
		List<MessageSourceResolvable> problems = new ArrayList<>();
		Map<List<String>, Integer> rowOfCell = new HashMap<>();
		String valueLabel = label(table, mapping.valueColumn());
		for (Line line : table.rows()) {
			String text = line.cell(mapping.valueColumn()).strip();
			if (text.isEmpty()) {
				continue;
			}
			int before = problems.size();
			// As text, so that MessageFormat does not group a row number's digits.
			String row = String.valueOf(line.number());
			List<String> coordinates = new ArrayList<>();
			for (Dimension dimension : dataset.dimensions()) {
				int column = mapping.dimensionColumns().get(dimension.position() - 1);
				String given = line.cell(column).strip();
				Optional<String> canonical = dimension.canonical(given);
				canonical.ifPresent(coordinates::add);
				if (canonical.isEmpty()) {
					String allowed = String.join(", ", dimension.allowed());
					problems.add(given.isEmpty()
							? problem("foi.import.row.dimensionEmpty", row, label(table, column), allowed)
							: problem("foi.import.row.notAllowed", row, label(table, column), given, allowed));
				}
			}
			Optional<DatasetCell> cell = Optional.empty();
			try {
				cell = DatasetCell.parse(text);
			}
			catch (DatasetCell.Unreadable unreadable) {
				problems.add(problem("foi.import.row.value", row, valueLabel,
						problem(unreadable.reason(), text)));
			}
			if (problems.size() > before) {
				continue;
			}
			Integer earlier = rowOfCell.putIfAbsent(coordinates, line.number());
			if (earlier != null) {
				problems.add(problem("foi.import.row.twice", row, String.join(", ", coordinates), String.valueOf(earlier)));
				continue;
			}
			entries.add(new Entry(coordinates, cell.orElseThrow()));
		}
		return problems.isEmpty() ? new Result(List.copyOf(entries), List.of()) : new Result(List.of(), problems);
	}

	/** The column as the file names it, or its spreadsheet letter where the header cell is blank. */
	static String label(Table table, int column) {
		String name = column < table.columns().size() ? table.columns().get(column) : "";
		return name.isBlank() ? letter(column) : name;
	}

	static String letter(int column) {
		StringBuilder letters = new StringBuilder();
		for (int n = column + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	/** The column a dimension is most likely in: the one its name heads, ignoring case; -1 if none. */
	static int guess(Table table, String name) {
		for (int column = 0; column < table.columns().size(); column++) {
			if (table.columns().get(column).equalsIgnoreCase(name.strip())) {
				return column;
			}
		}
		return -1;
	}

	private static MessageSourceResolvable problem(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

}
