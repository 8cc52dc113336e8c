package org.crossforce.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.crossforce.statistics.Tables.cell;
import static org.crossforce.statistics.Tables.columnTotal;
import static org.crossforce.statistics.Tables.grandTotal;
import static org.crossforce.statistics.Tables.rowTotal;

/**
 * A small set of tables drawn from a seed, so a failing case can be rebuilt from the seed alone: a table of 2 to 5
 * rows by 2 to 5 columns with margins, full of small counts and some cells not available or not applicable; and, for
 * about half the seeds, a second table that groups its rows in two, as regions group forces, sharing its column
 * totals.
 */
final class RandomTableSet {

	private RandomTableSet() {
	}

	static Publication from(long seed) {
		return from(seed, 2 + new Random(seed).nextInt(4), 2 + new Random(seed + 1).nextInt(4));
	}

	static Publication from(long seed, int rows, int columns) {
		Random random = new Random(seed);
		Publication.Builder builder = Publication.builder();
		long[][] truth = new long[rows][columns];
		for (int r = 1; r <= rows; r++) {
			for (int c = 1; c <= columns; c++) {
				int roll = random.nextInt(100);
				long value = (random.nextInt(100) < 55) ? random.nextInt(7) : 5 + random.nextInt(36);
				if (roll < 8) {
					builder.notApplicable(cell("a", r, c));
					value = 0;
				}
				else if (roll < 12) {
					builder.notAvailable(cell("a", r, c));
				}
				else {
					builder.count(cell("a", r, c), value);
				}
				truth[r - 1][c - 1] = value;
			}
		}
		long[] rowTotals = new long[rows];
		long[] columnTotals = new long[columns];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				rowTotals[r] += truth[r][c];
				columnTotals[c] += truth[r][c];
			}
		}
		for (int r = 1; r <= rows; r++) {
			builder.count(rowTotal("a", r), rowTotals[r - 1]);
		}
		for (int c = 1; c <= columns; c++) {
			builder.count(columnTotal("a", c), columnTotals[c - 1]);
		}
		builder.count(grandTotal("a"), sum(rowTotals));
		Tables.addLines(builder, "a", rows, columns);
		if (random.nextBoolean()) {
			addGroups(builder, truth, rowTotals, 1 + random.nextInt(rows - 1));
		}
		return builder.build();
	}

	/** Groups rows 1 to lastOfFirst, and the rest, into table g, whose column totals are table a's. */
	private static void addGroups(Publication.Builder builder, long[][] truth, long[] rowTotals, int lastOfFirst) {
		int rows = truth.length;
		int columns = truth[0].length;
		int[][] groups = { { 1, lastOfFirst }, { lastOfFirst + 1, rows } };
		for (int g = 1; g <= 2; g++) {
			int first = groups[g - 1][0];
			int last = groups[g - 1][1];
			long groupTotal = 0;
			List<String> groupCells = new ArrayList<>();
			List<String> memberTotals = new ArrayList<>();
			for (int c = 1; c <= columns; c++) {
				long sum = 0;
				List<String> members = new ArrayList<>();
				for (int r = first; r <= last; r++) {
					sum += truth[r - 1][c - 1];
					members.add(cell("a", r, c));
				}
				builder.count(cell("g", g, c), sum).line(cell("g", g, c), members);
				groupCells.add(cell("g", g, c));
			}
			for (int r = first; r <= last; r++) {
				groupTotal += rowTotals[r - 1];
				memberTotals.add(rowTotal("a", r));
			}
			builder.count(rowTotal("g", g), groupTotal)
				.line(rowTotal("g", g), groupCells)
				.line(rowTotal("g", g), memberTotals);
		}
		for (int c = 1; c <= columns; c++) {
			builder.line(columnTotal("a", c), cell("g", 1, c), cell("g", 2, c));
		}
		builder.line(grandTotal("a"), rowTotal("g", 1), rowTotal("g", 2));
	}

	private static long sum(long[] values) {
		long sum = 0;
		for (long value : values) {
			sum += value;
		}
		return sum;
	}

}
