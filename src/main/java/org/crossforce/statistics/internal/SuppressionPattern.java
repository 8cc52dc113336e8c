package org.crossforce.statistics.internal;

import java.util.Arrays;
import java.util.BitSet;

import org.crossforce.statistics.Disposition;

/**
 * Works out which cells of a set of tables are suppressed: the small counts, then enough other cells that none of
 * them can be worked out from the rest.
 * <p>
 * Cells are numbered in the order used to break ties, so the same tables always give the same pattern. When a
 * further cell must be hidden the smallest positive member of a line is chosen, because it hides least; a zero only
 * when no positive member is left; a total last, because totals are what readers use most.
 */
public final class SuppressionPattern {

	private final LineSystem system;

	private final long[] counts;

	/** Cells that hold a count; the others are given as not available or not applicable and never change. */
	private final BitSet counted;

	/** Cells the reader never sees a number for: those suppressed, and those not available. */
	private final BitSet hidden;

	/**
	 * Cells the reader can work out even with every count hidden, such as a total of cells all not applicable:
	 * hiding one protects nothing, so none is ever chosen.
	 */
	private final BitSet pinned;

	private final Disposition[] dispositions;

	/** The cells suppressed so far, primary or secondary. */
	private final BitSet suppressed = new BitSet();

	private SuppressionPattern(LineSystem system, long[] counts, BitSet counted, BitSet notAvailable) {
		this.system = system;
		this.counts = counts;
		this.counted = counted;
		this.hidden = (BitSet) notAvailable.clone();
		BitSet everyCountHidden = (BitSet) notAvailable.clone();
		everyCountHidden.or(counted);
		this.pinned = ExactDifferencing.determined(system, everyCountHidden);
		this.dispositions = new Disposition[system.cellCount()];
		Arrays.fill(this.dispositions, Disposition.SHOWN);
	}

	/**
	 * The disposition of every cell.
	 * @param counts each cell's count, read only where {@code counted} is set
	 * @param counted the cells that hold a count
	 * @param notAvailable the cells given as not available, which the reader cannot see either
	 * @param smallest the smallest count suppressed in its own right
	 * @param largest the largest count suppressed in its own right
	 * @throws IllegalStateException when the lines pin a suppressed cell whatever else is hidden
	 */
	public static Disposition[] protect(LineSystem system, long[] counts, BitSet counted, BitSet notAvailable,
			long smallest, long largest) {
		SuppressionPattern pattern = new SuppressionPattern(system, counts, counted, notAvailable);
		counted.stream()
			.filter(cell -> counts[cell] >= smallest && counts[cell] <= largest)
			.forEach(cell -> pattern.suppress(cell, Disposition.PRIMARY));
		pattern.closeSingleLines();
		pattern.closeDifferencing();
		return pattern.dispositions.clone();
	}

	private void suppress(int cell, Disposition why) {
		this.dispositions[cell] = why;
		this.suppressed.set(cell);
		this.hidden.set(cell);
	}

	/**
	 * Until nothing changes: a line that hides exactly one suppressed cell gives it away, so hide another. Lines are
	 * swept in order, again and again; a line none of whose cells changed since it was last looked at would do what
	 * it did then, nothing, so a sweep looks only at lines with a cell hidden since, and the pattern is the one a full
	 * sweep gives.
	 */
	private void closeSingleLines() {
		BitSet waiting = new BitSet();
		waiting.set(0, this.system.lineCount());
		closeSingleLines(waiting);
	}

	private void closeSingleLines(BitSet waiting) {
		BitSet next = new BitSet();
		while (!waiting.isEmpty()) {
			for (int line = waiting.nextSetBit(0); line >= 0; line = waiting.nextSetBit(line + 1)) {
				int hiddenCell = onlyHiddenCell(this.system.cellsOf(line));
				if (hiddenCell >= 0 && this.dispositions[hiddenCell].suppressed()) {
					int[] cells = this.system.cellsOf(line);
					int partner = bestOf(cells);
					if (partner >= 0) {
						suppress(partner, Disposition.SECONDARY);
						// Lines later in this sweep are looked at in it; earlier ones in the next.
						for (int touched : this.system.linesOf(partner)) {
							if (touched > line) {
								waiting.set(touched);
							}
							else {
								next.set(touched);
							}
						}
					}
				}
			}
			waiting.clear();
			BitSet swap = waiting;
			waiting = next;
			next = swap;
		}
	}

	/** The one hidden cell of the line, or -1 when it hides none or more than one. */
	private int onlyHiddenCell(int[] cells) {
		int found = -1;
		for (int cell : cells) {
			if (this.hidden.get(cell)) {
				if (found >= 0) {
					return -1;
				}
				found = cell;
			}
		}
		return found;
	}

	/**
	 * Until no suppressed cell can be worked out by combining lines: hide one more cell near each such cell,
	 * looking in the lines through it first and then outwards line by line. A cell whose lines already gained a
	 * cell this round waits for the next check, which that cell may have answered.
	 */
	private void closeDifferencing() {
		BitSet exposed = exposedCells();
		while (!exposed.isEmpty()) {
			BitSet touched = new BitSet();
			BitSet changedLines = new BitSet();
			for (int cell = exposed.nextSetBit(0); cell >= 0; cell = exposed.nextSetBit(cell + 1)) {
				int[] lines = this.system.linesOf(cell);
				if (noneSet(lines, touched)) {
					int partner = nearestPartnerOf(cell);
					suppress(partner, Disposition.SECONDARY);
					setAll(lines, touched);
					setAll(this.system.linesOf(partner), touched);
					setAll(this.system.linesOf(partner), changedLines);
				}
			}
			// Every other line was settled by the last pass and has no new hidden cell.
			closeSingleLines(changedLines);
			exposed = exposedCells();
		}
	}

	private static boolean noneSet(int[] indices, BitSet set) {
		for (int index : indices) {
			if (set.get(index)) {
				return false;
			}
		}
		return true;
	}

	private static void setAll(int[] indices, BitSet set) {
		for (int index : indices) {
			set.set(index);
		}
	}

	private BitSet exposedCells() {
		BitSet determined = ExactDifferencing.determined(this.system, this.hidden);
		determined.and(this.suppressed);
		return determined;
	}

	private int nearestPartnerOf(int exposedCell) {
		BitSet reached = new BitSet();
		reached.set(exposedCell);
		BitSet ring = (BitSet) reached.clone();
		while (!ring.isEmpty()) {
			BitSet lines = new BitSet();
			for (int cell = ring.nextSetBit(0); cell >= 0; cell = ring.nextSetBit(cell + 1)) {
				for (int line : this.system.linesOf(cell)) {
					lines.set(line);
				}
			}
			int partner = -1;
			int partnerPreference = Integer.MAX_VALUE;
			for (int line = lines.nextSetBit(0); line >= 0; line = lines.nextSetBit(line + 1)) {
				int[] cells = this.system.cellsOf(line);
				int best = bestOf(cells);
				if (best >= 0) {
					int preference = preference(best, best == cells[0]);
					if (partner < 0 || better(best, preference, partner, partnerPreference)) {
						partner = best;
						partnerPreference = preference;
					}
				}
			}
			if (partner >= 0) {
				return partner;
			}
			BitSet next = new BitSet();
			for (int line = lines.nextSetBit(0); line >= 0; line = lines.nextSetBit(line + 1)) {
				for (int cell : this.system.cellsOf(line)) {
					next.set(cell);
				}
			}
			next.andNot(reached);
			reached.or(next);
			ring = next;
		}
		throw new IllegalStateException("The lines fix suppressed cell " + exposedCell
				+ " whatever else is hidden, so these tables cannot be published safely");
	}

	/**
	 * The cell of the line that hides least, among those shown that hold a count and are not pinned, or -1 when there
	 * is none. A member beats the same cell as a total.
	 */
	private int bestOf(int[] cells) {
		int best = -1;
		int bestPreference = Integer.MAX_VALUE;
		for (int i = 0; i < cells.length; i++) {
			int cell = cells[i];
			if (this.counted.get(cell) && !this.hidden.get(cell) && !this.pinned.get(cell)) {
				int preference = preference(cell, i == 0);
				if (best < 0 || better(cell, preference, best, bestPreference)) {
					best = cell;
					bestPreference = preference;
				}
			}
		}
		return best;
	}

	/** Whether the first candidate comes before the second: by preference, then the smaller count, then cell. */
	private boolean better(int cell, int preference, int than, int thanPreference) {
		if (preference != thanPreference) {
			return preference < thanPreference;
		}
		if (this.counts[cell] != this.counts[than]) {
			return this.counts[cell] < this.counts[than];
		}
		return cell < than;
	}

	private int preference(int cell, boolean total) {
		if (total) {
			return 2;
		}
		return (this.counts[cell] > 0) ? 0 : 1;
	}

}
