package org.crossforce.statistics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode's synthetic cases, written once on a database that has none of them. The handful of demo cases alone
 * would leave every force's figure at 0 or [c]; several thousand synthetic cases spread over ten financial years show
 * the charts, the map and the suppression as they would look at national scale. Every page and download that counts
 * them says that they are synthetic ({@code statistics.page.synthetic}); production never has them, as demo mode is
 * refused there.
 */
@Component
@ConditionalOnProperty(name = "crossforce.demo.enabled", havingValue = "true")
@Order(40)
class DemoSyntheticCases implements ApplicationRunner {

	/** Distinct from the command line's default seed, so {@code --cases} never replaces the demo's own cases. */
	static final int SEED = 2020;

	private static final Logger log = LoggerFactory.getLogger(DemoSyntheticCases.class);

	private final SyntheticCases synthetic;

	private final JdbcClient jdbc;

	private final int cases;

	/**
	 * @param cases how many to write: 10,000 by default, about 23 a force a year, enough for most counts to be shown
	 * while the rarer outcomes stay [c]; 0 writes none (the tests, which count their own fixtures)
	 */
	DemoSyntheticCases(SyntheticCases synthetic, JdbcClient jdbc,
			@Value("${crossforce.demo.synthetic-cases:10000}") int cases) {
		this.synthetic = synthetic;
		this.jdbc = jdbc;
		this.cases = cases;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (cases <= 0 || written()) {
			return;
		}
		log.info("Demo mode: writing {} synthetic cases for the statistics pages, once", cases);
		synthetic.generate(cases, SEED);
	}

	private boolean written() {
		return jdbc.sql("select exists (select 1 from statistics_case where reference like ?)")
			.param(SyntheticCases.referencePrefix(SEED) + "%")
			.query(Boolean.class)
			.single();
	}

}
