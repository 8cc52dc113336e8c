package org.crossforce.statistics.internal;

import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo mode writes its synthetic cases once, all marked synthetic, and leaves them alone on every later start. The
 * test profile turns the start-up run off, so this test runs it itself and removes what it wrote.
 */
@IntegrationTest
class DemoSyntheticCasesTest {

	private static final String DEMO_ROWS = SyntheticCases.referencePrefix(DemoSyntheticCases.SEED) + "%";

	@Autowired
	SyntheticCases synthetic;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheDemoRows() {
		jdbc.sql("delete from statistics_case where reference like ?").param(DEMO_ROWS).update();
	}

	@Test
	void theStartUpRunWritesTheCasesOnceAndMarksThemSynthetic() {
		DemoSyntheticCases demo = new DemoSyntheticCases(synthetic, jdbc, 400);
		demo.run(new DefaultApplicationArguments());
		assertThat(count("synthetic = true")).isEqualTo(400);
		assertThat(count("synthetic = false")).isZero();

		// A later start finds them and writes nothing, even when some have gone.
		jdbc.sql("delete from statistics_case where reference = ?")
			.param(SyntheticCases.referencePrefix(DemoSyntheticCases.SEED) + "1")
			.update();
		demo.run(new DefaultApplicationArguments());
		assertThat(count("true")).isEqualTo(399);
	}

	@Test
	void noneAreWrittenWhenTheCountIsZero() {
		new DemoSyntheticCases(synthetic, jdbc, 0).run(new DefaultApplicationArguments());
		assertThat(count("true")).isZero();
	}

	private long count(String condition) {
		return jdbc.sql("select count(*) from statistics_case where reference like ? and " + condition)
			.param(DEMO_ROWS)
			.query(Long.class)
			.single();
	}

}
