package org.crossforce.statistics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The additive constraints of a set of tables, on cells numbered from zero: each line says that its total equals
 * the sum of its members. A cell may sit in many lines, as a member in some and the total in others.
 */
public final class LineSystem {

	private final int cellCount;

	/** Each line's total first, then its members. */
	private final int[][] lines;

	private final int[][] linesOfCell;

	public LineSystem(int cellCount, List<int[]> totalThenMembers) {
		this.cellCount = cellCount;
		this.lines = new int[totalThenMembers.size()][];
		List<List<Integer>> byCell = new ArrayList<>();
		for (int cell = 0; cell < cellCount; cell++) {
			byCell.add(new ArrayList<>());
		}
		for (int line = 0; line < this.lines.length; line++) {
			int[] cells = totalThenMembers.get(line).clone();
			if (cells.length < 2) {
				throw new IllegalArgumentException("A line needs a total and at least one member");
			}
			for (int cell : cells) {
				if (cell < 0 || cell >= cellCount) {
					throw new IllegalArgumentException("No cell numbered " + cell);
				}
			}
			if (Arrays.stream(cells).distinct().count() != cells.length) {
				throw new IllegalArgumentException("A cell appears twice in one line");
			}
			this.lines[line] = cells;
			for (int cell : cells) {
				byCell.get(cell).add(line);
			}
		}
		this.linesOfCell = byCell.stream()
			.map(of -> of.stream().mapToInt(Integer::intValue).toArray())
			.toArray(int[][]::new);
	}

	public int cellCount() {
		return this.cellCount;
	}

	public int lineCount() {
		return this.lines.length;
	}

	/** The line's total first, then its members. */
	public int[] line(int line) {
		return this.lines[line].clone();
	}

	int[] cellsOf(int line) {
		return this.lines[line];
	}

	int[] linesOf(int cell) {
		return this.linesOfCell[cell];
	}

}
