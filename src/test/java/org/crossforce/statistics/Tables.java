package org.crossforce.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Two-way tables with their margins, added to a publication: cell {@code name/r1/c2}, row totals
 * {@code name/r1/total}, column totals {@code name/total/c2} and the grand total {@code name/total/total}. Rows and
 * columns count from 1.
 */
final class Tables {

	private Tables() {
	}

	static String cell(String table, int row, int column) {
		return table + "/r" + row + "/c" + column;
	}

	static String rowTotal(String table, int row) {
		return table + "/r" + row + "/total";
	}

	static String columnTotal(String table, int column) {
		return table + "/total/c" + column;
	}

	static String grandTotal(String table) {
		return table + "/total/total";
	}

	/** Adds the table's cells, margins worked out from them, and its row, column and grand total lines. */
	static Publication.Builder add(Publication.Builder publication, String table, long[][] counts) {
		int rows = counts.length;
		int columns = counts[0].length;
		long grand = 0;
		long[] byColumn = new long[columns];
		for (int r = 1; r <= rows; r++) {
			long sum = 0;
			for (int c = 1; c <= columns; c++) {
				publication.count(cell(table, r, c), counts[r - 1][c - 1]);
				sum += counts[r - 1][c - 1];
				byColumn[c - 1] += counts[r - 1][c - 1];
			}
			publication.count(rowTotal(table, r), sum);
			grand += sum;
		}
		for (int c = 1; c <= columns; c++) {
			publication.count(columnTotal(table, c), byColumn[c - 1]);
		}
		publication.count(grandTotal(table), grand);
		addLines(publication, table, rows, columns);
		return publication;
	}

	static void addLines(Publication.Builder publication, String table, int rows, int columns) {
		for (int r = 1; r <= rows; r++) {
			List<String> members = new ArrayList<>();
			for (int c = 1; c <= columns; c++) {
				members.add(cell(table, r, c));
			}
			publication.line(rowTotal(table, r), members);
		}
		for (int c = 0; c <= columns; c++) {
			List<String> members = new ArrayList<>();
			for (int r = 1; r <= rows; r++) {
				members.add((c == 0) ? rowTotal(table, r) : cell(table, r, c));
			}
			publication.line((c == 0) ? grandTotal(table) : columnTotal(table, c), members);
		}
		List<String> columnTotals = new ArrayList<>();
		for (int c = 1; c <= columns; c++) {
			columnTotals.add(columnTotal(table, c));
		}
		publication.line(grandTotal(table), columnTotals);
	}

}
