package org.crossforce.statistics;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossforce.statistics.Tables.cell;
import static org.crossforce.statistics.Tables.columnTotal;
import static org.crossforce.statistics.Tables.grandTotal;
import static org.crossforce.statistics.Tables.rowTotal;

/**
 * Tables where hiding only the small counts would let a reader subtract their way back to one, and what the engine
 * hides instead. Each case first shows the leak, then that the protected tables give nothing away.
 */
class DisclosureControlTest {

	@Test
	void aSmallCountHiddenAloneComesBackAsItsRowTotalMinusTheRest() {
		Publication publication = Tables.add(Publication.builder(), "t", new long[][] {
				{ 3, 10, 12 },
				{ 8, 9, 15 } }).build();

		List<String> primaryOnly = List.of(cell("t", 1, 1));
		assertThat(Reader.workOut(publication, primaryOnly)).containsExactly(cell("t", 1, 1));
		assertThat(count(publication, rowTotal("t", 1)) - count(publication, cell("t", 1, 2))
				- count(publication, cell("t", 1, 3))).isEqualTo(3);

		ProtectedPublication shown = DisclosureControl.protect(publication);

		assertThat(shown.keysWith(Disposition.PRIMARY)).containsExactly(cell("t", 1, 1));
		// The smallest positive neighbour in row 1 and in column 1, then the smallest in row 2 to cover column 1's.
		assertThat(shown.keysWith(Disposition.SECONDARY)).containsExactlyInAnyOrder(cell("t", 1, 2),
				cell("t", 2, 1), cell("t", 2, 2));
		assertThat(Reader.workOut(shown)).isEmpty();
	}

	@Test
	void aSmallCountHiddenAloneComesBackAsItsColumnTotalMinusTheRest() {
		Publication publication = Tables.add(Publication.builder(), "t", new long[][] {
				{ 20, 10, 12 },
				{ 8, 2, 15 },
				{ 7, 11, 6 } }).build();

		assertThat(Reader.workOut(publication, List.of(cell("t", 2, 2)))).containsExactly(cell("t", 2, 2));
		assertThat(count(publication, columnTotal("t", 2)) - count(publication, cell("t", 1, 2))
				- count(publication, cell("t", 3, 2))).isEqualTo(2);

		ProtectedPublication shown = DisclosureControl.protect(publication);

		assertThat(shown.disposition(cell("t", 2, 2))).isEqualTo(Disposition.PRIMARY);
		assertThat(shown.keysWith(Disposition.SECONDARY)).isNotEmpty();
		assertThat(Reader.workOut(shown)).isEmpty();
	}

	@Test
	void aTotalFromOneToFourIsSuppressedAndSoAreTheMembersThatWouldGiveItAway() {
		Publication publication = Tables.add(Publication.builder(), "t", new long[][] {
				{ 1, 0, 2 },
				{ 8, 9, 15 },
				{ 6, 11, 7 } }).build();

		ProtectedPublication shown = DisclosureControl.protect(publication);

		assertThat(shown.keysWith(Disposition.PRIMARY)).containsExactlyInAnyOrder(cell("t", 1, 1), cell("t", 1, 3),
				rowTotal("t", 1));
		assertThat(shown.disposition(cell("t", 1, 2))).as("the zero in the row").isEqualTo(Disposition.SHOWN);
		assertThat(Reader.workOut(shown)).isEmpty();
	}

	@Test
	void aZeroIsHiddenOnlyWhenNoPositiveMemberIsLeft() {
		Publication publication = Tables.add(Publication.builder(), "t", new long[][] {
				{ 3, 6, 7 },
				{ 5, 0, 0 },
				{ 8, 9, 10 } }).build();

		ProtectedPublication shown = DisclosureControl.protect(publication);

		assertThat(shown.keysWith(Disposition.PRIMARY)).containsExactly(cell("t", 1, 1));
		// Column 2 takes the 9 below rather than the zero beside it; row 2 then has only zeros left beside its 5.
		assertThat(shown.keysWith(Disposition.SECONDARY)).containsExactlyInAnyOrder(cell("t", 1, 2),
				cell("t", 2, 1), cell("t", 3, 2), cell("t", 2, 2), cell("t", 3, 1));
		assertThat(shown.disposition(cell("t", 2, 3))).isEqualTo(Disposition.SHOWN);
		assertThat(Reader.workOut(shown)).isEmpty();
	}

	/**
	 * Four forces in two regions over two years. The force table alone is safe once a second force and a second
	 * year are hidden; but the region table publishes each region's total for the year, and a region less its
	 * other force is the hidden force.
	 */
	@Test
	void protectingTheForceTableOnItsOwnLeaksThroughTheRegionTable() {
		long[][] forces = { { 3, 20 }, { 30, 25 }, { 12, 18 }, { 40, 35 } };

		Publication forceTableOnly = Tables.add(Publication.builder(), "force", forces).build();
		ProtectedPublication forceTableShown = DisclosureControl.protect(forceTableOnly);
		assertThat(Reader.workOut(forceTableShown)).isEmpty();
		List<String> hiddenInForceTable = forceTableShown.publication()
			.keys()
			.stream()
			.filter(key -> forceTableShown.disposition(key).suppressed())
			.toList();
		assertThat(hiddenInForceTable).containsExactlyInAnyOrder(cell("force", 1, 1), cell("force", 1, 2),
				cell("force", 3, 1), cell("force", 3, 2));

		Publication both = forcesAndRegions(forces);
		assertThat(Reader.workOut(both, hiddenInForceTable)).containsExactlyInAnyOrder(hiddenInForceTable
			.toArray(String[]::new));
		assertThat(count(both, cell("region", 1, 1)) - count(both, cell("force", 2, 1))).isEqualTo(3);

		ProtectedPublication shown = DisclosureControl.protect(both);

		assertThat(shown.keysWith(Disposition.PRIMARY)).containsExactly(cell("force", 1, 1));
		assertThat(List.of(shown.disposition(cell("region", 1, 1)), shown.disposition(cell("force", 2, 1))))
			.as("the region holding the small count, or its other force").contains(Disposition.SECONDARY);
		assertThat(Reader.workOut(shown)).isEmpty();
	}

	/**
	 * The same shape, where the small count sits in the England and Wales row of one breakdown and the regions add
	 * up to it in another table: hiding it alone leaves it as England and Wales less the other regions.
	 */
	@Test
	void aSmallEnglandAndWalesFigureIsProtectedAcrossTheTablesThatShareIt() {
		long[][] forces = { { 1, 20 }, { 0, 25 }, { 1, 18 }, { 2, 35 } };
		Publication both = forcesAndRegions(forces);

		assertThat(count(both, columnTotal("force", 1))).isEqualTo(4);
		ProtectedPublication shown = DisclosureControl.protect(both);

		assertThat(shown.keysWith(Disposition.PRIMARY)).contains(columnTotal("force", 1), cell("region", 1, 1),
				cell("region", 2, 1));
		assertThat(Reader.workOut(shown)).isEmpty();
	}

	/**
	 * Two blocks of small counts, each safe in itself because every row and column through it hides two cells,
	 * joined by one more small count. No single line gives that one away, but rows 1 and 2 together, less columns
	 * 1 and 2 together, leave only it.
	 */
	@Test
	void aCountNoSingleLineRevealsIsStillFoundByCombiningLinesAndTheExactCheckClosesIt() {
		Publication publication = Tables.add(Publication.builder(), "t", new long[][] {
				{ 2, 3, 9, 8, 10 },
				{ 1, 4, 2, 7, 11 },
				{ 6, 9, 3, 1, 12 },
				{ 8, 5, 4, 2, 13 },
				{ 7, 6, 5, 9, 14 } }).build();
		List<String> primaryOnly = List.of(cell("t", 1, 1), cell("t", 1, 2), cell("t", 2, 1), cell("t", 2, 2),
				cell("t", 2, 3), cell("t", 3, 3), cell("t", 3, 4), cell("t", 4, 3), cell("t", 4, 4));

		for (Publication.Line line : publication.lines()) {
			long hidden = IntStream.range(0, line.members().size() + 1)
				.mapToObj(i -> (i == 0) ? line.total() : line.members().get(i - 1))
				.filter(primaryOnly::contains)
				.count();
			assertThat(hidden).as("hidden in %s", line).isNotEqualTo(1);
		}
		assertThat(Reader.workOut(publication, primaryOnly)).containsExactly(cell("t", 2, 3));
		long rows1And2 = count(publication, rowTotal("t", 1)) + count(publication, rowTotal("t", 2))
				- sum(publication, cell("t", 1, 3), cell("t", 1, 4), cell("t", 1, 5), cell("t", 2, 4), cell("t", 2, 5));
		long columns1And2 = count(publication, columnTotal("t", 1)) + count(publication, columnTotal("t", 2))
				- sum(publication, cell("t", 3, 1), cell("t", 4, 1), cell("t", 5, 1), cell("t", 3, 2),
						cell("t", 4, 2), cell("t", 5, 2));
		assertThat(rows1And2 - columns1And2).isEqualTo(2);

		ProtectedPublication shown = DisclosureControl.protect(publication);

		assertThat(shown.keysWith(Disposition.PRIMARY)).containsExactlyInAnyOrderElementsOf(primaryOnly);
		// The smallest positive cell in a line through the exposed one, then the smallest beside it in its row.
		assertThat(shown.keysWith(Disposition.SECONDARY)).containsExactlyInAnyOrder(cell("t", 5, 3),
				cell("t", 5, 2));
		assertThat(Reader.workOut(shown)).isEmpty();
	}

	@Test
	void notAvailableAndNotApplicableCellsKeepTheirSymbols() {
		Publication.Builder builder = Publication.builder()
			.count("a", 3)
			.notAvailable("b")
			.notApplicable("c")
			.count("d", 9)
			.count("total", 20)
			.line("total", "a", "b", "c", "d");
		ProtectedPublication shown = DisclosureControl.protect(builder.build());

		assertThat(shown.text("b")).isEqualTo("[x]");
		assertThat(shown.text("c")).isEqualTo("[z]");
		assertThat(shown.disposition("b")).isEqualTo(Disposition.SHOWN);
		assertThat(shown.disposition("a")).isEqualTo(Disposition.PRIMARY);
		assertThat(Reader.workOut(shown)).isEmpty();
	}

	@Test
	void aLineThatDoesNotAddUpIsRefused() {
		Publication.Builder builder = Publication.builder().count("a", 3).count("b", 9).count("total", 13)
			.line("total", "a", "b");

		assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("does not add up");
	}

	/**
	 * A force table (forces by year, with England and Wales as its total row) and a region table (regions by
	 * year): region 1 holds forces 1 and 2, region 2 forces 3 and 4, and England and Wales is the same cell in
	 * both.
	 */
	static Publication forcesAndRegions(long[][] forces) {
		Publication.Builder builder = Tables.add(Publication.builder(), "force", forces);
		int years = forces[0].length;
		for (int r = 1; r <= 2; r++) {
			int region = r;
			long all = 0;
			for (int year = 1; year <= years; year++) {
				long sum = forces[2 * region - 2][year - 1] + forces[2 * region - 1][year - 1];
				builder.count(cell("region", region, year), sum)
					.line(cell("region", region, year), cell("force", 2 * region - 1, year),
							cell("force", 2 * region, year));
				all += sum;
			}
			builder.count(rowTotal("region", region), all)
				.line(rowTotal("region", region), IntStream.rangeClosed(1, years)
					.mapToObj(year -> cell("region", region, year))
					.toList())
				.line(rowTotal("region", region), rowTotal("force", 2 * region - 1), rowTotal("force", 2 * region));
		}
		for (int year = 1; year <= years; year++) {
			builder.line(columnTotal("force", year), cell("region", 1, year), cell("region", 2, year));
		}
		builder.line(grandTotal("force"), rowTotal("region", 1), rowTotal("region", 2));
		return builder.build();
	}

	private static long count(Publication publication, String key) {
		return publication.count(key).getAsLong();
	}

	private static long sum(Publication publication, String... keys) {
		long sum = 0;
		for (String key : keys) {
			sum += count(publication, key);
		}
		return sum;
	}

}
