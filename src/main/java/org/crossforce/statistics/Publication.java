package org.crossforce.statistics;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

import org.crossforce.statistics.internal.LineSystem;

/**
 * The true figures of a set of tables about to be published, before disclosure control, and the lines that tie
 * them together: a row or column and its total, a region and its forces, England and Wales and its regions. Tables
 * that share a total share the cell, so a reader who sets one table against another is accounted for.
 * <p>
 * Cells are known by key and kept in key order, which is also the order that breaks ties when a cell to suppress
 * is chosen, so the same figures always give the same published tables.
 */
public final class Publication {

	private final List<String> keys;

	private final Map<String, Integer> index;

	private final long[] counts;

	private final Symbol[] markers;

	private final List<Line> lines;

	private final LineSystem system;

	private Publication(SortedMap<String, Figure> cells, List<Line> lines) {
		this.keys = List.copyOf(cells.keySet());
		this.index = new TreeMap<>();
		this.counts = new long[this.keys.size()];
		this.markers = new Symbol[this.keys.size()];
		for (int cell = 0; cell < this.keys.size(); cell++) {
			Figure figure = cells.get(this.keys.get(cell));
			this.index.put(this.keys.get(cell), cell);
			this.counts[cell] = figure.count();
			this.markers[cell] = figure.marker();
		}
		this.lines = List.copyOf(lines);
		this.system = new LineSystem(this.keys.size(), lines.stream().map(this::cellsOf).toList());
		lines.forEach(this::checkAddsUp);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Every cell's key, in key order. */
	public List<String> keys() {
		return this.keys;
	}

	public List<Line> lines() {
		return this.lines;
	}

	/** The true count, or empty for a cell given as {@code [x]} or {@code [z]}. */
	public OptionalLong count(String key) {
		int cell = indexOf(key);
		return (this.markers[cell] != null) ? OptionalLong.empty() : OptionalLong.of(this.counts[cell]);
	}

	/** {@link Symbol#NOT_AVAILABLE}, {@link Symbol#NOT_APPLICABLE}, or null for a cell that holds a count. */
	public Symbol marker(String key) {
		return this.markers[indexOf(key)];
	}

	int indexOf(String key) {
		Integer cell = this.index.get(key);
		if (cell == null) {
			throw new IllegalArgumentException("No cell " + key);
		}
		return cell;
	}

	LineSystem lineSystem() {
		return this.system;
	}

	long[] counts() {
		return this.counts.clone();
	}

	BitSet counted() {
		BitSet counted = new BitSet();
		for (int cell = 0; cell < this.markers.length; cell++) {
			if (this.markers[cell] == null) {
				counted.set(cell);
			}
		}
		return counted;
	}

	/** Cells whose number nobody knows: the reader cannot use them, and can solve for them no better than for [c]. */
	BitSet notAvailable() {
		BitSet notAvailable = new BitSet();
		for (int cell = 0; cell < this.markers.length; cell++) {
			if (this.markers[cell] == Symbol.NOT_AVAILABLE) {
				notAvailable.set(cell);
			}
		}
		return notAvailable;
	}

	private int[] cellsOf(Line line) {
		int[] cells = new int[line.members().size() + 1];
		cells[0] = indexOf(line.total());
		for (int i = 0; i < line.members().size(); i++) {
			cells[i + 1] = indexOf(line.members().get(i));
		}
		return cells;
	}

	/**
	 * A line whose cells all hold numbers must add up, or the suppression worked out for it would protect figures
	 * that are not the ones published. A cell not applicable adds nothing; a line with a cell not available cannot
	 * be checked.
	 */
	private void checkAddsUp(Line line) {
		int[] cells = cellsOf(line);
		long sum = 0;
		for (int i = 1; i < cells.length; i++) {
			if (this.markers[cells[i]] == Symbol.NOT_AVAILABLE) {
				return;
			}
			sum = Math.addExact(sum, (this.markers[cells[i]] == null) ? this.counts[cells[i]] : 0);
		}
		Symbol totalMarker = this.markers[cells[0]];
		if (totalMarker == Symbol.NOT_AVAILABLE) {
			return;
		}
		long total = (totalMarker == null) ? this.counts[cells[0]] : 0;
		if (total != sum) {
			throw new IllegalArgumentException(line + " does not add up: the members come to " + sum);
		}
	}

	/** An additive constraint: the total cell equals the sum of the member cells. */
	public record Line(String total, List<String> members) {

		public Line {
			Objects.requireNonNull(total, "total");
			members = List.copyOf(members);
			if (members.isEmpty()) {
				throw new IllegalArgumentException("The line to " + total + " has no members");
			}
		}

		@Override
		public String toString() {
			return total + " = " + String.join(" + ", members);
		}

	}

	private record Figure(long count, Symbol marker) {
	}

	/** Collects the cells and lines of a set of tables. */
	public static final class Builder {

		private final SortedMap<String, Figure> cells = new TreeMap<>();

		private final List<Line> lines = new ArrayList<>();

		private Builder() {
		}

		public Builder count(String key, long count) {
			if (count < 0) {
				throw new IllegalArgumentException("Count for " + key + " is negative: " + count);
			}
			return put(key, new Figure(count, null));
		}

		public Builder notAvailable(String key) {
			return put(key, new Figure(0, Symbol.NOT_AVAILABLE));
		}

		public Builder notApplicable(String key) {
			return put(key, new Figure(0, Symbol.NOT_APPLICABLE));
		}

		public Builder line(String total, List<String> members) {
			this.lines.add(new Line(total, members));
			return this;
		}

		public Builder line(String total, String... members) {
			return line(total, List.of(members));
		}

		public Publication build() {
			return new Publication(Collections.unmodifiableSortedMap(new TreeMap<>(this.cells)), this.lines);
		}

		private Builder put(String key, Figure figure) {
			Objects.requireNonNull(key, "key");
			if (this.cells.putIfAbsent(key, figure) != null) {
				throw new IllegalArgumentException("Cell " + key + " is given twice");
			}
			return this;
		}

	}

}
