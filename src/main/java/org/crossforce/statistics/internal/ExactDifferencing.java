package org.crossforce.statistics.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which hidden cells a reader could still work out, by adding and subtracting any lines of any tables, from the
 * cells that are shown.
 * <p>
 * Every line is an equation: its total minus its members is zero. Moving the shown cells to the other side leaves a
 * linear system in the hidden cells. A hidden cell is determined exactly when its unit vector lies in the row space
 * of that system, which in reduced row echelon form means some row has that cell as its only non-zero entry. The
 * elimination is done in whole numbers ({@link BigInteger}, each row divided by the greatest common divisor of its
 * entries), so no rounding can hide or invent a determined cell. Rows are sparse: a line touches few hidden cells.
 */
public final class ExactDifferencing {

	private ExactDifferencing() {
	}

	/**
	 * The hidden cells whose values follow from the shown cells and the lines. {@code hidden} holds every cell the
	 * reader does not see: suppressed cells and cells not available.
	 */
	public static BitSet determined(LineSystem system, BitSet hidden) {
		try {
			return new LongElimination(system.cellCount()).determined(system, hidden);
		}
		catch (ArithmeticException overflow) {
			return withBigIntegers(system, hidden);
		}
	}

	/**
	 * The same answer as {@link #determined}, every entry a {@link BigInteger}: used when an entry would not fit in a
	 * {@code long}, which the lines of real tables, whose entries stay at or near one, never need.
	 */
	static BitSet withBigIntegers(LineSystem system, BitSet hidden) {
		Map<Integer, SparseRow> pivotRows = new HashMap<>();
		// For each column, the pivot columns whose rows hold it, so back-substitution visits only those rows.
		Map<Integer, Set<Integer>> holders = new HashMap<>();
		for (int line = 0; line < system.lineCount(); line++) {
			SparseRow row = equationOf(system.cellsOf(line), hidden);
			if (row == null) {
				continue;
			}
			for (Integer column : row.columns()) {
				SparseRow pivot = pivotRows.get(column);
				if (pivot != null && row.has(column)) {
					row = row.eliminate(column, pivot);
				}
			}
			if (row.isZero()) {
				continue;
			}
			// The column held by fewest pivot rows, so that the fewest rows change.
			int column = row.columns()
				.stream()
				.min(Comparator.comparingInt((Integer c) -> holders.getOrDefault(c, Set.of()).size())
					.thenComparingInt(c -> c))
				.orElseThrow();
			SparseRow pivot = row.normalised(column);
			// Keep every pivot row free of every other pivot column, so a reduced row needs one pass only.
			for (Integer other : new ArrayList<>(holders.getOrDefault(column, Set.of()))) {
				SparseRow before = pivotRows.get(other);
				SparseRow after = before.eliminate(column, pivot).normalised(other);
				before.columns().forEach(c -> holders.get(c).remove(other));
				after.columns().forEach(c -> holders.computeIfAbsent(c, key -> new HashSet<>()).add(other));
				pivotRows.put(other, after);
			}
			pivot.columns().forEach(c -> holders.computeIfAbsent(c, key -> new HashSet<>()).add(column));
			pivotRows.put(column, pivot);
		}
		BitSet determined = new BitSet();
		pivotRows.forEach((column, row) -> {
			if (row.size() == 1) {
				determined.set(column);
			}
		});
		return determined;
	}

	/** The line as an equation in its hidden cells, or null when the line hides nothing. */
	private static SparseRow equationOf(int[] totalThenMembers, BitSet hidden) {
		TreeMap<Integer, BigInteger> entries = new TreeMap<>();
		for (int i = 0; i < totalThenMembers.length; i++) {
			int cell = totalThenMembers[i];
			if (hidden.get(cell)) {
				entries.put(cell, (i == 0) ? BigInteger.ONE : BigInteger.ONE.negate());
			}
		}
		return entries.isEmpty() ? null : new SparseRow(entries);
	}

	/** A row of the system, keyed by cell number, holding only non-zero entries. */
	private record SparseRow(TreeMap<Integer, BigInteger> entries) {

		List<Integer> columns() {
			return new ArrayList<>(this.entries.keySet());
		}

		boolean has(int column) {
			return this.entries.containsKey(column);
		}

		boolean isZero() {
			return this.entries.isEmpty();
		}

		int size() {
			return this.entries.size();
		}

		int firstColumn() {
			return this.entries.firstKey();
		}

		/** This row with {@code column} cancelled by a multiple of the pivot row, which has that column non-zero. */
		SparseRow eliminate(int column, SparseRow pivot) {
			BigInteger ours = this.entries.get(column);
			BigInteger theirs = pivot.entries.get(column);
			TreeMap<Integer, BigInteger> result = new TreeMap<>();
			this.entries.forEach((c, value) -> result.put(c, value.multiply(theirs)));
			pivot.entries.forEach((c, value) -> result.merge(c, value.multiply(ours).negate(), BigInteger::add));
			result.values().removeIf(value -> value.signum() == 0);
			result.remove(column);
			return new SparseRow(result);
		}

		/** The same equation with the smallest whole-number entries and a positive pivot. */
		SparseRow normalised(int pivotColumn) {
			BigInteger divisor = this.entries.values().stream().reduce(BigInteger.ZERO, BigInteger::gcd);
			if (this.entries.get(pivotColumn).signum() < 0) {
				divisor = divisor.negate();
			}
			BigInteger by = divisor;
			TreeMap<Integer, BigInteger> result = new TreeMap<>();
			this.entries.forEach((c, value) -> result.put(c, value.divide(by)));
			return new SparseRow(result);
		}

	}

}
