package org.crossforce.statistics.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

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
		this.hidden.set(cell);
	}

	/** Until nothing changes: a line that hides exactly one suppressed cell gives it away, so hide another. */
	private void closeSingleLines() {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int line = 0; line < this.system.lineCount(); line++) {
				int[] cells = this.system.cellsOf(line);
				int[] hiddenHere = IntStream.of(cells).filter(this.hidden::get).toArray();
				if (hiddenHere.length == 1 && this.dispositions[hiddenHere[0]].suppressed()) {
					Optional<Integer> partner = bestOf(IntStream.range(0, cells.length)
						.mapToObj(i -> new Candidate(cells[i], i == 0)));
					if (partner.isPresent()) {
						suppress(partner.get(), Disposition.SECONDARY);
						changed = true;
					}
				}
			}
		}
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
			exposed.stream().forEach(cell -> {
				int[] lines = this.system.linesOf(cell);
				if (IntStream.of(lines).noneMatch(touched::get)) {
					int partner = nearestPartnerOf(cell);
					suppress(partner, Disposition.SECONDARY);
					IntStream.of(lines).forEach(touched::set);
					IntStream.of(this.system.linesOf(partner)).forEach(touched::set);
				}
			});
			closeSingleLines();
			exposed = exposedCells();
		}
	}

	private BitSet exposedCells() {
		BitSet determined = ExactDifferencing.determined(this.system, this.hidden);
		BitSet suppressed = new BitSet();
		IntStream.range(0, this.dispositions.length)
			.filter(cell -> this.dispositions[cell].suppressed())
			.forEach(suppressed::set);
		determined.and(suppressed);
		return determined;
	}

	private int nearestPartnerOf(int exposedCell) {
		BitSet reached = new BitSet();
		reached.set(exposedCell);
		BitSet ring = (BitSet) reached.clone();
		while (!ring.isEmpty()) {
			BitSet lines = new BitSet();
			ring.stream().forEach(cell -> IntStream.of(this.system.linesOf(cell)).forEach(lines::set));
			Optional<Integer> partner = bestOf(lines.stream().boxed().flatMap(line -> {
				int[] cells = this.system.cellsOf(line);
				return IntStream.range(0, cells.length).mapToObj(i -> new Candidate(cells[i], i == 0));
			}));
			if (partner.isPresent()) {
				return partner.get();
			}
			BitSet next = new BitSet();
			lines.stream().forEach(line -> IntStream.of(this.system.cellsOf(line)).forEach(next::set));
			next.andNot(reached);
			reached.or(next);
			ring = next;
		}
		throw new IllegalStateException("The lines fix suppressed cell " + exposedCell
				+ " whatever else is hidden, so these tables cannot be published safely");
	}

	/**
	 * The cell that hides least, among those shown that hold a count and are not pinned; a member beats the same
	 * cell as a total.
	 */
	private Optional<Integer> bestOf(Stream<Candidate> candidates) {
		return candidates
			.filter(candidate -> this.counted.get(candidate.cell()) && !this.hidden.get(candidate.cell())
					&& !this.pinned.get(candidate.cell()))
			.min(Comparator.comparingInt(this::preference)
				.thenComparingLong(candidate -> this.counts[candidate.cell()])
				.thenComparingInt(Candidate::cell))
			.map(Candidate::cell);
	}

	private int preference(Candidate candidate) {
		if (candidate.total()) {
			return 2;
		}
		return (this.counts[candidate.cell()] > 0) ? 0 : 1;
	}

	private record Candidate(int cell, boolean total) {
	}

}
