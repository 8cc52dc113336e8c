package org.crossforce.statistics.internal;

import java.util.List;
import java.util.Map;

import org.crossforce.reference.Forces;
import org.crossforce.statistics.internal.SyntheticCases.SyntheticCasesRefused;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generator writes the same rows for the same seed, each keeping a real case's invariants, and refuses what it
 * cannot do with a reason. Every query here is limited to the seed's own references.
 */
@IntegrationTest
class SyntheticCasesTest {

	@Autowired
	SyntheticCases synthetic;

	@Autowired
	GenerateSyntheticCases command;

	@Autowired
	Forces forces;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSameSeedWritesTheSameRowsAndAnotherSeedOthers() {
		synthetic.generate(3_000, 4101);
		List<Map<String, Object>> first = aggregates(4101);
		synthetic.generate(3_000, 4101);
		assertThat(aggregates(4101)).isEqualTo(first);
		assertThat(count(4101)).isEqualTo(3_000);

		synthetic.generate(3_000, 4102);
		assertThat(aggregates(4102)).isNotEqualTo(first);
	}

	@Test
	void everyRowKeepsTheInvariantsOfARealCase() {
		synthetic.generate(6_000, 4103);
		String prefix = SyntheticCases.referencePrefix(4103) + "%";
		assertThat(jdbc.sql("""
				select count(*) from statistics_case where reference like :p and (
				  synthetic = false
				  or financial_year not between 2015 and 2024
				  or investigating_force is null or investigating_force = employing_force
				  or (first_decision_on is not null and first_decision_on <= reported_on)
				  or (first_decision_on is null) <> (first_decision_working_days is null)
				  or first_decision_working_days < 1
				  or duties_met_on_time > duties_due or duties_met_on_time < 0
				  or ((dismissed or barred_list) and not misconduct_proven)
				  or (charged and crime_recorded is not true)
				  or (charged and no_further_action)
				  or (convicted is not null and not charged))
				""")
			.param("p", prefix)
			.query(Long.class)
			.single()).isZero();
		// A court's outcome follows most charges, mostly a conviction (about 70% of charges).
		Map<String, Object> court = jdbc.sql("""
				select sum(case when charged then 1 else 0 end) as charged,
				  sum(case when convicted = true then 1 else 0 end) as convicted,
				  sum(case when convicted = false then 1 else 0 end) as acquitted
				from statistics_case where reference like :p
				""")
			.param("p", prefix)
			.query()
			.singleRow();
		long charged = ((Number) court.get("charged")).longValue();
		assertThat(((Number) court.get("convicted")).longValue()).isBetween(charged * 6 / 10, charged * 8 / 10);
		assertThat(((Number) court.get("acquitted")).longValue()).isPositive();
		// The financial year is the one the report date falls in.
		assertThat(jdbc.sql("select financial_year, min(reported_on), max(reported_on) from statistics_case "
				+ "where reference like :p group by financial_year")
			.param("p", prefix)
			.query((rs, row) -> {
				int year = rs.getInt(1);
				return CaseFacts.financialYear(rs.getDate(2).toLocalDate()) == year
						&& CaseFacts.financialYear(rs.getDate(3).toLocalDate()) == year;
			})
			.list()).hasSize(10).containsOnly(true);
		// Investigated by a neighbour of the employing force: never the employer, never a force out of reach.
		jdbc.sql("select distinct employing_force, investigating_force from statistics_case where reference like :p")
			.param("p", prefix)
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(pair -> assertThat(forces.find(pair.get(0)).orElseThrow().neighbours()).as(pair.toString())
				.contains(pair.get(1)));
		assertThat(jdbc.sql("select count(distinct accused_role) from statistics_case where reference like :p")
			.param("p", prefix)
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void aNumberOutOfRangeIsRefusedWithItsReasonAndWritesNothing() {
		assertThatThrownBy(() -> command.generate(new DefaultApplicationArguments("--cases=0", "--seed=4104")))
			.isInstanceOf(SyntheticCasesRefused.class)
			.hasMessage("--cases must be a whole number from 1 to 5000000, not 0");
		assertThatThrownBy(() -> command.generate(new DefaultApplicationArguments("--cases=5000001", "--seed=4104")))
			.isInstanceOf(SyntheticCasesRefused.class)
			.hasMessage("--cases must be a whole number from 1 to 5000000, not 5000001");
		assertThatThrownBy(() -> command.generate(new DefaultApplicationArguments("--cases=many", "--seed=4104")))
			.isInstanceOf(SyntheticCasesRefused.class)
			.hasMessage("--cases must be a whole number from 1 to 5000000, not many");
		assertThatThrownBy(() -> command.generate(new DefaultApplicationArguments("--cases=10", "--seed=-1")))
			.isInstanceOf(SyntheticCasesRefused.class)
			.hasMessage("--seed must be a whole number from 0 to 2147483647");
		assertThat(count(4104)).isZero();
	}

	@Test
	void withoutTheOptionNothingIsWritten() throws Exception {
		command.run(new DefaultApplicationArguments("--seed=4105"));
		assertThat(count(4105)).isZero();
	}

	private long count(int seed) {
		return jdbc.sql("select count(*) from statistics_case where reference like :p")
			.param("p", SyntheticCases.referencePrefix(seed) + "%")
			.query(Long.class)
			.single();
	}

	/** Every column summed by year and force: identical rows give identical sums. */
	private List<Map<String, Object>> aggregates(int seed) {
		return jdbc.sql("""
				select financial_year, employing_force, investigating_force, accused_role, count(*) as cases,
				  sum(case when referred_to_iopc then 1 else 0 end) as iopc,
				  sum(case when crime_recorded then 1 else 0 end) as crime,
				  sum(case when crime_recorded = false then 1 else 0 end) as incident,
				  sum(case when charged then 1 else 0 end) as charged,
				  sum(case when convicted then 1 else 0 end) as convicted,
				  sum(case when no_further_action then 1 else 0 end) as nfa,
				  sum(case when misconduct_proven then 1 else 0 end) as proven,
				  sum(case when dismissed then 1 else 0 end) as dismissed,
				  sum(case when barred_list then 1 else 0 end) as barred,
				  sum(first_decision_working_days) as days, min(reported_on) as first_reported,
				  max(first_decision_on) as last_decided, sum(duties_due) as due, sum(duties_met_on_time) as met
				from statistics_case where reference like :p
				group by financial_year, employing_force, investigating_force, accused_role
				order by financial_year, employing_force, investigating_force, accused_role
				""")
			.param("p", SyntheticCases.referencePrefix(seed) + "%")
			.query()
			.listOfRows();
	}

}
