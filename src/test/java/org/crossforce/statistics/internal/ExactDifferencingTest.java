package org.crossforce.statistics.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The elimination in {@code long} entries gives the same determined cells as the one in {@code BigInteger}, on lines
 * drawn at random from a seed, which a failure reports.
 */
class ExactDifferencingTest {

	@Test
	void longEntriesDecideAsBigIntegersDo() {
		qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
			SplittableRandom random = new SplittableRandom(seed);
			int cells = 2 + random.nextInt(40);
			List<int[]> lines = new ArrayList<>();
			int lineCount = 1 + random.nextInt(30);
			for (int line = 0; line < lineCount; line++) {
				int size = 2 + random.nextInt(Math.min(cells - 1, 7));
				int[] members = random.ints(0, cells).distinct().limit(size).toArray();
				lines.add(members);
			}
			LineSystem system = new LineSystem(cells, lines);
			BitSet hidden = new BitSet();
			int percent = random.nextInt(101);
			for (int cell = 0; cell < cells; cell++) {
				if (random.nextInt(100) < percent) {
					hidden.set(cell);
				}
			}
			assertThat(ExactDifferencing.determined(system, hidden)).as("seed %s", seed)
				.isEqualTo(ExactDifferencing.withBigIntegers(system, hidden));
		});
	}

}
