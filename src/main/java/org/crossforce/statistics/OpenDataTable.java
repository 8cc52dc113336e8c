package org.crossforce.statistics;

import java.util.List;
import java.util.Objects;

/**
 * One table to publish: in a spreadsheet it is one sheet, its title in cell A1 and its column headings in the row
 * below; as CSV it is one file of the headings and rows alone. Every row has a cell for every heading, so the table
 * has no gaps for a reader or a screen reader to guess at.
 *
 * @param sheetName the sheet's tab name: 1 to 31 characters (the most Excel shows), none of {@code [ ] * ? : / \}
 */
public record OpenDataTable(String sheetName, String title, List<String> columnHeadings,
		List<List<OpenDataCell>> rows) {

	private static final int LONGEST_SHEET_NAME = 31;

	public OpenDataTable {
		checkSheetName(sheetName);
		Objects.requireNonNull(title, "title");
		columnHeadings = List.copyOf(columnHeadings);
		if (columnHeadings.isEmpty()) {
			throw new IllegalArgumentException("Table " + sheetName + " has no columns");
		}
		rows = rows.stream().map(List::copyOf).toList();
		for (List<OpenDataCell> row : rows) {
			if (row.size() != columnHeadings.size()) {
				throw new IllegalArgumentException("Table " + sheetName + " has a row of " + row.size()
						+ " cells under " + columnHeadings.size() + " headings");
			}
		}
	}

	/** A sheet name a spreadsheet will accept; the notes sheet's name is checked by the same rule. */
	public static void checkSheetName(String sheetName) {
		Objects.requireNonNull(sheetName, "sheetName");
		if (sheetName.isBlank() || sheetName.length() > LONGEST_SHEET_NAME
				|| sheetName.chars().anyMatch(c -> "[]*?:/\\".indexOf(c) >= 0) || sheetName.startsWith("'")
				|| sheetName.endsWith("'")) {
			throw new IllegalArgumentException("Not a sheet name a spreadsheet accepts: " + sheetName);
		}
	}

}
