package org.crossforce.statistics.internal;

import java.sql.Date;
import java.time.LocalDate;

import org.crossforce.statistics.Measure;
import org.crossforce.statistics.StatisticsSnapshot;
import org.crossforce.statistics.StatisticsSnapshots;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot holds the protected table as the public sees it, with its title, source, period and the query that
 * makes it again, on a fixture in financial year 1996-97, which no other test uses.
 */
@IntegrationTest
class LiveSnapshotsTest {

	static final int YEAR = 1996;

	@Autowired
	StatisticsSnapshots snapshots;

	@Autowired
	StatisticsTables tables;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void fixture() {
		jdbc.sql("delete from statistics_case where reference like 'TST-SNAP-%'").update();
		cases("greater-manchester", 12);
		cases("cumbria", 3);
		tables.forget();
	}

	private void cases(String force, int count) {
		for (int i = 0; i < count; i++) {
			jdbc.sql("""
					insert into statistics_case (reference, synthetic, financial_year, reported_on, employing_force)
					values (:reference, false, :year, :reported, :force)""")
				.param("reference", "TST-SNAP-" + force.substring(0, 3) + "-" + i)
				.param("year", YEAR)
				.param("reported", Date.valueOf(LocalDate.of(YEAR, 9, 2)))
				.param("force", force)
				.update();
		}
	}

	@Test
	void aSnapshotIsTheProtectedTableWithItsTitleSourcePeriodAndQuery() {
		StatisticsSnapshot snapshot = snapshots.take(Measure.REPORTS, YEAR);
		assertThat(snapshot.title())
			.isEqualTo("Reports by force, region and England and Wales, April 1996 to March 1997 (financial year 1996-97)");
		assertThat(snapshot.source()).startsWith("The service's own cases");
		assertThat(snapshot.period()).contains("1996-97");
		assertThat(snapshot.query()).isEqualTo("/api/statistics?measure=REPORTS&by=force&period=1996-97");
		// Cumbria's 3 is hidden; with every other force at 0, Greater Manchester's 12 must be hidden too, or the
		// total of 15 would give Cumbria's away: the snapshot keeps exactly what the public tables show.
		assertThat(snapshot.rows()).anySatisfy(row -> assertThat(row).startsWith("cumbria").contains("[c]"));
		assertThat(snapshot.rows()).anySatisfy(row -> assertThat(row).startsWith("greater-manchester")
			.contains("[c]"));
		assertThat(snapshot.rows()).anySatisfy(row -> assertThat(row).startsWith("england-and-wales")
			.contains("15"));
		assertThat(snapshot.notes()).anySatisfy(note -> assertThat(note).startsWith("[c]"));
		assertThat(snapshot.includesSynthetic()).isFalse();
	}

}
