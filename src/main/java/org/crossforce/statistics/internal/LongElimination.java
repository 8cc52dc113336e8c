package org.crossforce.statistics.internal;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The elimination of {@link ExactDifferencing} in {@code long} entries, every product and sum checked with
 * {@link Math#multiplyExact} and {@link Math#subtractExact}: an entry that would not fit throws
 * {@link ArithmeticException}, and the caller starts again in {@link java.math.BigInteger}. Nothing is rounded, so
 * the answer is the same exact one.
 * <p>
 * Rows are kept in reduced row echelon form, each divided by the greatest common divisor of its entries with a
 * positive pivot; a row is two parallel arrays, columns ascending. Rows of cells that share no line never meet, so
 * the independent parts of the tables are solved apart without being split first.
 */
final class LongElimination {

	private static final int[] NO_COLUMNS = {};

	/** Pivot row by pivot column: its columns, and its entries. */
	private final int[][] pivotColumns;

	private final long[][] pivotEntries;

	/**
	 * For each column, pivot columns whose rows may hold it: kept free of repeats as rows gain the column, and
	 * checked when read, since a row that loses the column is not struck off.
	 */
	private final int[][] holders;

	private final int[] holderCount;

	private final int[] seen;

	private int stamp;

	LongElimination(int cellCount) {
		this.pivotColumns = new int[cellCount][];
		this.pivotEntries = new long[cellCount][];
		this.holders = new int[cellCount][];
		this.holderCount = new int[cellCount];
		this.seen = new int[cellCount];
	}

	BitSet determined(LineSystem system, BitSet hidden) {
		for (int line = 0; line < system.lineCount(); line++) {
			add(system.cellsOf(line), hidden);
		}
		BitSet determined = new BitSet();
		for (int column = 0; column < this.pivotColumns.length; column++) {
			if (this.pivotColumns[column] != null && this.pivotColumns[column].length == 1) {
				determined.set(column);
			}
		}
		return determined;
	}

	private void add(int[] totalThenMembers, BitSet hidden) {
		int size = 0;
		long[] packed = new long[totalThenMembers.length];
		for (int i = 0; i < totalThenMembers.length; i++) {
			int cell = totalThenMembers[i];
			if (hidden.get(cell)) {
				// Column in the high bits so sorting orders by column; the low bit says total (+1) or member (-1).
				packed[size++] = ((long) cell << 1) | ((i == 0) ? 1 : 0);
			}
		}
		if (size == 0) {
			return;
		}
		Arrays.sort(packed, 0, size);
		int[] columns = new int[size];
		long[] entries = new long[size];
		for (int i = 0; i < size; i++) {
			columns[i] = (int) (packed[i] >>> 1);
			entries[i] = ((packed[i] & 1) == 1) ? 1 : -1;
		}
		// Pivot rows hold no other pivot column, so one pass over the line's own columns clears them all.
		for (int column : columns.clone()) {
			if (this.pivotColumns[column] != null) {
				int at = Arrays.binarySearch(columns, column);
				if (at >= 0) {
					long[][] out = new long[1][];
					columns = eliminate(columns, entries, at, this.pivotColumns[column], this.pivotEntries[column],
							out);
					entries = out[0];
				}
			}
		}
		if (columns.length == 0) {
			return;
		}
		// The column held by fewest pivot rows, so that the fewest rows change.
		int pivot = columns[0];
		for (int column : columns) {
			if (this.holderCount[column] < this.holderCount[pivot]) {
				pivot = column;
			}
		}
		int pivotAt = Arrays.binarySearch(columns, pivot);
		normalise(entries, pivotAt);
		// Keep every pivot row free of every other pivot column, so a reduced row needs one pass only.
		this.stamp++;
		int[] holding = (this.holders[pivot] == null) ? NO_COLUMNS : this.holders[pivot];
		int holdingCount = this.holderCount[pivot];
		this.holders[pivot] = null;
		this.holderCount[pivot] = 0;
		for (int h = 0; h < holdingCount; h++) {
			int other = holding[h];
			if (this.seen[other] == this.stamp) {
				continue;
			}
			this.seen[other] = this.stamp;
			int[] beforeColumns = this.pivotColumns[other];
			int at = Arrays.binarySearch(beforeColumns, pivot);
			if (at < 0) {
				continue;
			}
			long[][] out = new long[1][];
			int[] afterColumns = eliminate(beforeColumns, this.pivotEntries[other], at, columns, entries, out);
			normalise(out[0], Arrays.binarySearch(afterColumns, other));
			gainHolders(other, beforeColumns, afterColumns);
			this.pivotColumns[other] = afterColumns;
			this.pivotEntries[other] = out[0];
		}
		gainHolders(pivot, NO_COLUMNS, columns);
		this.pivotColumns[pivot] = columns;
		this.pivotEntries[pivot] = entries;
	}

	/** Records {@code row} as a holder of each column it has after and had not before, bar its own. */
	private void gainHolders(int row, int[] before, int[] after) {
		int b = 0;
		for (int column : after) {
			while (b < before.length && before[b] < column) {
				b++;
			}
			if (column != row && (b == before.length || before[b] != column)) {
				int[] list = this.holders[column];
				if (list == null) {
					list = new int[4];
				}
				else if (this.holderCount[column] == list.length) {
					list = Arrays.copyOf(list, list.length * 2);
				}
				list[this.holderCount[column]++] = row;
				this.holders[column] = list;
			}
		}
	}

	/**
	 * The row with the column at {@code at} cancelled by a multiple of the pivot row, which holds that column: the
	 * columns returned, the entries in {@code out[0]}, divided by their greatest common divisor.
	 */
	private static int[] eliminate(int[] columns, long[] entries, int at, int[] pivotColumns, long[] pivotEntries,
			long[][] out) {
		int column = columns[at];
		long ours = entries[at];
		long theirs = pivotEntries[Arrays.binarySearch(pivotColumns, column)];
		long common = gcd(ours, theirs);
		long byTheirs = theirs / common;
		long byOurs = ours / common;
		int[] resultColumns = new int[columns.length + pivotColumns.length];
		long[] resultEntries = new long[resultColumns.length];
		int size = 0;
		int i = 0;
		int j = 0;
		while (i < columns.length || j < pivotColumns.length) {
			int next;
			long value;
			if (j == pivotColumns.length || (i < columns.length && columns[i] < pivotColumns[j])) {
				next = columns[i];
				value = Math.multiplyExact(entries[i++], byTheirs);
			}
			else if (i == columns.length || pivotColumns[j] < columns[i]) {
				next = pivotColumns[j];
				value = Math.negateExact(Math.multiplyExact(pivotEntries[j++], byOurs));
			}
			else {
				next = columns[i];
				value = Math.subtractExact(Math.multiplyExact(entries[i++], byTheirs),
						Math.multiplyExact(pivotEntries[j++], byOurs));
			}
			if (value != 0 && next != column) {
				resultColumns[size] = next;
				resultEntries[size++] = value;
			}
		}
		long divisor = 0;
		for (int k = 0; k < size; k++) {
			divisor = gcd(divisor, resultEntries[k]);
		}
		for (int k = 0; k < size; k++) {
			resultEntries[k] /= divisor;
		}
		out[0] = Arrays.copyOf(resultEntries, size);
		return Arrays.copyOf(resultColumns, size);
	}

	/** Divides the row by the greatest common divisor of its entries, signed so the pivot entry is positive. */
	private static void normalise(long[] entries, int pivotAt) {
		long divisor = 0;
		for (long entry : entries) {
			divisor = gcd(divisor, entry);
		}
		if (entries[pivotAt] < 0) {
			divisor = -divisor;
		}
		for (int k = 0; k < entries.length; k++) {
			entries[k] /= divisor;
		}
	}

	/** The greatest common divisor of the magnitudes; {@link Math#absExact} throws on {@code Long.MIN_VALUE}. */
	private static long gcd(long a, long b) {
		long x = Math.absExact(a);
		long y = Math.absExact(b);
		while (y != 0) {
			long r = x % y;
			x = y;
			y = r;
		}
		return x;
	}

}
