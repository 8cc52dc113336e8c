package org.crossforce.statistics;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every measure on a small fixture counted by hand, by force, region and England and Wales. The fixture's cases are
 * reported in financial years 1990 and 1991, which no other test uses, so the shared database does not interfere.
 */
@IntegrationTest
class LiveStatisticsTest {

	static final int YEAR = 1990;

	@Autowired
	LiveStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void fixture() {
		jdbc.sql("delete from statistics_case where reference like 'STATFIX-%'").update();
		// reference, synthetic, year, employing, investigating, iopc, crime, charged, convicted (null until the court's
		// outcome, false for an acquittal), nfa, proven, dismissed, barred, working days to first decision, duties due,
		// duties met on time
		insert("STATFIX-1", false, YEAR, "greater-manchester", "cheshire", true, true, true, true, false, false, false, false, 2, 2, 1);
		insert("STATFIX-2", false, YEAR, "greater-manchester", "lancashire", false, false, false, null, true, true, true, true, 5, 1, 1);
		insert("STATFIX-3", false, YEAR, "greater-manchester", null, false, null, false, null, false, false, false, false, null, 0, 0);
		insert("STATFIX-4", false, YEAR, "greater-manchester", "greater-manchester", false, true, false, null, true, false, false, false, 9, 1, 0);
		insert("STATFIX-5", false, YEAR, "cumbria", "lancashire", true, true, true, false, false, true, false, false, 4, 1, 1);
		insert("STATFIX-6", false, YEAR, "cumbria", "north-yorkshire", false, false, false, null, false, false, false, false, 7, 0, 0);
		insert("STATFIX-7", false, YEAR, "metropolitan", "city-of-london", false, true, false, null, false, false, false, false, 1, 3, 3);
		insert("STATFIX-8", true, YEAR, "metropolitan", "city-of-london", false, true, true, true, false, false, false, false, 20, 1, 1);
		insert("STATFIX-9", false, YEAR + 1, "dyfed-powys", "gwent", false, true, false, null, false, false, false, false, 3, 1, 1);
	}

	@Test
	void byEmployingForceEveryMeasureOfRealCases() {
		LiveFigures figures = statistics.figures(YEAR, Grouping.FORCE, CaseSelection.REAL_ONLY);
		assertThat(figures.includesSynthetic()).isFalse();
		assertThat(figures.areas()).hasSize(46);

		LiveFigures.Area manchester = area(figures, "greater-manchester");
		assertThat(manchester.name()).isEqualTo("Greater Manchester Police");
		assertThat(manchester.financialYear()).isEqualTo(YEAR);
		assertCounts(manchester, 4, 2, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 3, 4, 2);
		assertThat(manchester.medianWorkingDaysToFirstDecision()).isEqualByComparingTo("5");

		LiveFigures.Area cumbria = area(figures, "cumbria");
		assertCounts(cumbria, 2, 1, 1, 2, 0, 1, 1, 0, 0, 1, 0, 0, 2, 1, 1);
		assertThat(cumbria.medianWorkingDaysToFirstDecision()).isEqualByComparingTo("5.5");

		LiveFigures.Area metropolitan = area(figures, "metropolitan");
		assertCounts(metropolitan, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 3);
		assertThat(metropolitan.medianWorkingDaysToFirstDecision()).isEqualByComparingTo("1");

		LiveFigures.Area dyfedPowys = area(figures, "dyfed-powys");
		assertCounts(dyfedPowys, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		assertThat(dyfedPowys.medianWorkingDaysToFirstDecision()).isNull();
	}

	@Test
	void byRegionAndEnglandAndWales() {
		LiveFigures regions = statistics.figures(YEAR, Grouping.REGION, CaseSelection.REAL_ONLY);
		LiveFigures.Area northWest = area(regions, "north-west");
		assertThat(northWest.name()).isEqualTo("North West");
		assertCounts(northWest, 6, 3, 2, 4, 1, 2, 2, 1, 2, 2, 1, 1, 5, 5, 3);
		// 2, 4, 5, 7, 9
		assertThat(northWest.medianWorkingDaysToFirstDecision()).isEqualByComparingTo("5");
		assertCounts(area(regions, "london"), 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 3);
		assertThat(area(regions, "wales").count(Measure.REPORTS)).isZero();

		LiveFigures country = statistics.figures(YEAR, Grouping.ENGLAND_AND_WALES, CaseSelection.REAL_ONLY);
		assertThat(country.areas()).singleElement().satisfies(all -> {
			assertThat(all.code()).isEqualTo("england-and-wales");
			assertThat(all.name()).isEqualTo("England and Wales");
			assertCounts(all, 7, 4, 2, 5, 1, 2, 2, 1, 2, 2, 1, 1, 6, 8, 6);
			// 1, 2, 4, 5, 7, 9
			assertThat(all.medianWorkingDaysToFirstDecision()).isEqualByComparingTo("4.5");
		});
	}

	@Test
	void syntheticCasesCountOnlyWhenAskedForAndThenSaySo() {
		LiveFigures country = statistics.figures(YEAR, Grouping.ENGLAND_AND_WALES, CaseSelection.INCLUDING_SYNTHETIC);
		assertThat(country.includesSynthetic()).isTrue();
		LiveFigures.Area all = country.areas().get(0);
		assertCounts(all, 8, 5, 2, 6, 1, 2, 3, 2, 2, 2, 1, 1, 7, 9, 7);
		// 1, 2, 4, 5, 7, 9, 20
		assertThat(all.medianWorkingDaysToFirstDecision()).isEqualByComparingTo("5");

		LiveFigures.Area london = area(statistics.figures(YEAR, Grouping.REGION, CaseSelection.INCLUDING_SYNTHETIC),
				"london");
		assertThat(london.count(Measure.REPORTS)).isEqualTo(2);
		assertThat(london.medianWorkingDaysToFirstDecision()).isEqualByComparingTo(new BigDecimal("10.5"));
	}

	@Test
	void aYearCountsOnlyItsOwnCasesAndEveryYearCountsThemAll() {
		assertThat(area(statistics.figures(YEAR + 1, Grouping.FORCE, CaseSelection.REAL_ONLY), "dyfed-powys")
			.count(Measure.REPORTS)).isEqualTo(1);
		assertThat(area(statistics.figures(YEAR + 1, Grouping.FORCE, CaseSelection.REAL_ONLY), "greater-manchester")
			.count(Measure.REPORTS)).isZero();
		LiveFigures.Area everyYear = area(statistics.figures(null, Grouping.FORCE, CaseSelection.REAL_ONLY),
				"dyfed-powys");
		assertThat(everyYear.financialYear()).isNull();
		assertThat(everyYear.count(Measure.REPORTS)).isGreaterThanOrEqualTo(1);
		assertThat(statistics.financialYears(CaseSelection.REAL_ONLY)).contains(YEAR, YEAR + 1);
	}

	private static LiveFigures.Area area(LiveFigures figures, String code) {
		return figures.areas().stream().filter(area -> area.code().equals(code)).findFirst().orElseThrow();
	}

	private static void assertCounts(LiveFigures.Area area, long... expected) {
		Measure[] measures = { Measure.REPORTS, Measure.RECORDED_AS_CRIME, Measure.RECORDED_AS_INCIDENT_ONLY,
				Measure.INVESTIGATED_BY_ANOTHER_FORCE, Measure.INVESTIGATED_BY_EMPLOYING_FORCE, Measure.REFERRED_TO_IOPC,
				Measure.CHARGED, Measure.CONVICTED, Measure.NO_FURTHER_ACTION, Measure.MISCONDUCT_PROVEN,
				Measure.DISMISSED, Measure.BARRED_LIST, Measure.FIRST_DECISION_TAKEN, Measure.VICTIMS_CODE_DUTIES_DUE,
				Measure.VICTIMS_CODE_DUTIES_MET_ON_TIME };
		assertThat(area.counts()).hasSize(measures.length);
		for (int i = 0; i < measures.length; i++) {
			assertThat(area.count(measures[i])).as(area.code() + " " + measures[i]).isEqualTo(expected[i]);
		}
	}

	private void insert(String reference, boolean synthetic, int year, String employing, String investigating,
			boolean iopc, Boolean crime, boolean charged, Boolean convicted, boolean nfa, boolean proven,
			boolean dismissed, boolean barred, Integer workingDays, int due, int met) {
		LocalDate reportedOn = LocalDate.of(year, 6, 1);
		jdbc.sql("""
				insert into statistics_case (reference, synthetic, financial_year, reported_on, employing_force,
				  investigating_force, accused_role, referred_to_iopc, crime_recorded, charged, convicted,
				  no_further_action, misconduct_proven, dismissed, barred_list, first_decision_on,
				  first_decision_working_days, duties_due, duties_met_on_time)
				values (:r, :synthetic, :year, :on, :employing, :investigating, 'OFFICER', :iopc, :crime, :charged,
				  :convicted, :nfa, :proven, :dismissed, :barred, :decided, :days, :due, :met)
				""")
			.param("r", reference)
			.param("synthetic", synthetic)
			.param("year", year)
			.param("on", Date.valueOf(reportedOn))
			.param("employing", employing)
			.param("investigating", investigating, java.sql.Types.VARCHAR)
			.param("iopc", iopc)
			.param("crime", crime, java.sql.Types.BOOLEAN)
			.param("charged", charged)
			.param("convicted", convicted, java.sql.Types.BOOLEAN)
			.param("nfa", nfa)
			.param("proven", proven)
			.param("dismissed", dismissed)
			.param("barred", barred)
			.param("decided", workingDays == null ? null : Date.valueOf(reportedOn.plusWeeks(2)), java.sql.Types.DATE)
			.param("days", workingDays, java.sql.Types.INTEGER)
			.param("due", due)
			.param("met", met)
			.update();
	}

}
