package org.crossforce.statistics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.reference.Force;
import org.crossforce.reference.ForceKind;
import org.crossforce.reference.Workforce;
import org.crossforce.statistics.Grouping;
import org.crossforce.statistics.LiveFigures;
import org.crossforce.statistics.Measure;
import org.crossforce.statistics.Publication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cells and lines of the national tables, on a few forces. */
class StatisticsTablesLayoutTest {

	static final List<Force> FORCES = List.of(force("west-midlands", "West Midlands", "100"),
			force("staffordshire", "West Midlands", "50"), force("cumbria", "North West", "20"),
			force("btp", "Great Britain (national)", "40"), force("ministry-of-defence", "United Kingdom (national)", null),
			force("civil-nuclear", "United Kingdom (national)", null));

	static Force force(String code, String region, String officers) {
		Workforce workforce = officers == null ? null
				: new Workforce(LocalDate.of(2018, 3, 31), new BigDecimal(officers), BigDecimal.ONE, null,
						BigDecimal.ONE, BigDecimal.ZERO, null);
		return new Force(code, code + " police", null, region,
				region.contains("national") ? ForceKind.SPECIAL_NATIONAL : ForceKind.TERRITORIAL, null, List.of(),
				workforce);
	}

	@Test
	void aForceAndARegionWithTheSameCodeAreDifferentCells() {
		assertThat(Layout.key(Measure.REPORTS, Grouping.FORCE, "west-midlands", 2024))
			.isEqualTo("REPORTS|force:west-midlands|2024");
		assertThat(Layout.key(Measure.REPORTS, Grouping.REGION, "west-midlands", 2024))
			.isEqualTo("REPORTS|region:west-midlands|2024");
		assertThat(Layout.key(Measure.CHARGED, Grouping.ENGLAND_AND_WALES, "england-and-wales", null))
			.isEqualTo("CHARGED|england-and-wales|all");
	}

	@Test
	void regionsAddUpTheirForcesAndEnglandAndWalesAddsUpEveryRegionTheNationalOnesIncluded() {
		Layout layout = Layout.of(FORCES);
		assertThat(layout.areas()).extracting(Layout.Area::code)
			.containsExactly("west-midlands", "staffordshire", "cumbria", "btp", "ministry-of-defence", "civil-nuclear",
					"west-midlands", "north-west", "great-britain-national", "united-kingdom-national",
					"england-and-wales");
		Publication publication = layout.publication(2024, Map.of("staffordshire", area("staffordshire", 7),
				"civil-nuclear", area("civil-nuclear", 3)));

		// One line per region and one for England and Wales, for each measure; none between measures.
		assertThat(publication.lines()).hasSize(Measure.values().length * 5);
		assertThat(publication.lines()).contains(
				new Publication.Line("REPORTS|region:west-midlands|2024",
						List.of("REPORTS|force:west-midlands|2024", "REPORTS|force:staffordshire|2024")),
				new Publication.Line("REPORTS|region:great-britain-national|2024", List.of("REPORTS|force:btp|2024")),
				new Publication.Line("REPORTS|england-and-wales|2024",
						List.of("REPORTS|region:west-midlands|2024", "REPORTS|region:north-west|2024",
								"REPORTS|region:great-britain-national|2024",
								"REPORTS|region:united-kingdom-national|2024")));
		assertThat(publication.keys()).hasSize(Measure.values().length * 11);
		assertThat(publication.count("REPORTS|region:west-midlands|2024")).hasValue(7);
		assertThat(publication.count("REPORTS|region:united-kingdom-national|2024")).hasValue(3);
		assertThat(publication.count("REPORTS|england-and-wales|2024")).hasValue(10);
		assertThat(publication.count("CHARGED|england-and-wales|2024")).hasValue(0);
	}

	@Test
	void anAreaHasAWorkforceOnlyWhenEveryForceInItHasOne() {
		Map<String, BigDecimal> workforce = new LinkedHashMap<>();
		Layout.of(FORCES).areas().forEach(area -> workforce.put(area.grouping() + ":" + area.code(), area.workforceFte()));
		assertThat(workforce.get("FORCE:west-midlands")).isEqualByComparingTo("101");
		assertThat(workforce.get("REGION:west-midlands")).isEqualByComparingTo("152");
		assertThat(workforce.get("FORCE:ministry-of-defence")).isNull();
		assertThat(workforce.get("REGION:united-kingdom-national")).isNull();
		assertThat(workforce.get("ENGLAND_AND_WALES:england-and-wales")).isNull();
	}

	static LiveFigures.Area area(String code, long reports) {
		return new LiveFigures.Area(code, code, 2024, Map.of(Measure.REPORTS, reports), null);
	}

}
