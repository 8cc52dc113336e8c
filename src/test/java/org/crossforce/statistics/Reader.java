package org.crossforce.statistics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.crossforce.statistics.internal.ExactDifferencing;
import org.crossforce.statistics.internal.LineSystem;

/**
 * A reader with every table of a publication in front of them, adding and subtracting lines to work out hidden
 * cells. Answers twice, by the engine's sparse exact check and by a plain dense rank count written separately here,
 * so a fault in one is not hidden by the other.
 */
final class Reader {

	private Reader() {
	}

	/** The hidden cells the reader can work out, when the given cells and every [x] are hidden. */
	static List<String> workOut(Publication publication, Collection<String> hiddenKeys) {
		BitSet hidden = publication.notAvailable();
		hiddenKeys.forEach(key -> hidden.set(publication.indexOf(key)));
		BitSet bySparse = ExactDifferencing.determined(publication.lineSystem(), hidden);
		BitSet byRank = byRank(publication.lineSystem(), hidden);
		if (!bySparse.equals(byRank)) {
			throw new AssertionError("The two exact checks disagree: " + bySparse + " against " + byRank);
		}
		return bySparse.stream().mapToObj(cell -> publication.keys().get(cell)).toList();
	}

	/** The suppressed cells the reader can work out once the publication is protected. */
	static List<String> workOut(ProtectedPublication shown) {
		List<String> hidden = new ArrayList<>(shown.keysWith(Disposition.PRIMARY));
		hidden.addAll(shown.keysWith(Disposition.SECONDARY));
		return workOut(shown.publication(), hidden).stream()
			.filter(key -> shown.disposition(key).suppressed())
			.toList();
	}

	/**
	 * A hidden cell is worked out exactly when adding its unit row to the lines' equations does not raise their
	 * rank.
	 */
	private static BitSet byRank(LineSystem system, BitSet hidden) {
		int[] columns = hidden.stream().toArray();
		List<BigInteger[]> rows = new ArrayList<>();
		for (int line = 0; line < system.lineCount(); line++) {
			int[] cells = system.line(line);
			BigInteger[] row = new BigInteger[columns.length];
			for (int c = 0; c < columns.length; c++) {
				row[c] = BigInteger.ZERO;
				for (int i = 0; i < cells.length; i++) {
					if (cells[i] == columns[c]) {
						row[c] = (i == 0) ? BigInteger.ONE : BigInteger.ONE.negate();
					}
				}
			}
			rows.add(row);
		}
		int rank = rank(rows);
		BitSet determined = new BitSet();
		for (int c = 0; c < columns.length; c++) {
			List<BigInteger[]> with = new ArrayList<>(rows);
			BigInteger[] unit = new BigInteger[columns.length];
			Arrays.fill(unit, BigInteger.ZERO);
			unit[c] = BigInteger.ONE;
			with.add(unit);
			if (rank(with) == rank) {
				determined.set(columns[c]);
			}
		}
		return determined;
	}

	private static int rank(List<BigInteger[]> original) {
		List<BigInteger[]> rows = original.stream().map(BigInteger[]::clone).collect(Collectors.toList());
		int width = rows.isEmpty() ? 0 : rows.get(0).length;
		int rank = 0;
		for (int c = 0; c < width && rank < rows.size(); c++) {
			int found = -1;
			for (int r = rank; r < rows.size(); r++) {
				if (rows.get(r)[c].signum() != 0) {
					found = r;
					break;
				}
			}
			if (found < 0) {
				continue;
			}
			BigInteger[] pivot = rows.get(found);
			rows.set(found, rows.get(rank));
			rows.set(rank, pivot);
			for (int r = rank + 1; r < rows.size(); r++) {
				BigInteger[] row = rows.get(r);
				BigInteger factor = row[c];
				if (factor.signum() != 0) {
					for (int k = 0; k < width; k++) {
						row[k] = row[k].multiply(pivot[c]).subtract(pivot[k].multiply(factor));
					}
				}
			}
			rank++;
		}
		return rank;
	}

}
