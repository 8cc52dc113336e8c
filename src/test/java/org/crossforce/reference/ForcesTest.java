package org.crossforce.reference;

import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The module's public API, as other modules (allocation first) will use it, read back from the database. */
@IntegrationTest
class ForcesTest {

	@Autowired
	Forces forces;

	@Test
	void findsForcesByTheirPoliceUkId() {
		assertThat(forces.all()).hasSize(46);
		assertThat(forces.all().get(0).code()).isEqualTo("metropolitan");
		assertThat(forces.exists("kent")).isTrue();
		assertThat(forces.exists("atlantis")).isFalse();
		assertThat(forces.find("atlantis")).isEmpty();
		Force kent = forces.find("kent").orElseThrow();
		assertThat(kent.name()).isEqualTo("Kent Police");
		assertThat(kent.onsCode()).isEqualTo("E23000032");
		assertThat(kent.country()).isEqualTo("England");
		assertThat(kent.isTerritorial()).isTrue();
		assertThat(kent.neighbours()).containsExactly("metropolitan", "surrey", "sussex");
		assertThat(kent.workforce().officersFte()).isEqualByComparingTo("3261.26");
		assertThat(forces.find("civil-nuclear").orElseThrow().kind()).isEqualTo(ForceKind.SPECIAL_NATIONAL);
	}

	@Test
	void neighboursAndDistancesComeFromTheStoredGraph() {
		assertThat(forces.neighboursOf("city-of-london")).extracting(Force::code).containsExactly("metropolitan");
		assertThat(forces.neighboursOf("btp")).isEmpty();
		assertThat(forces.distancesFrom("metropolitan")).hasSize(43)
			.containsEntry("metropolitan", 0)
			.containsEntry("city-of-london", 1)
			.containsEntry("sussex", 2);
		assertThat(forces.distancesFrom("essex")).containsEntry("kent", 2);
		assertThat(forces.distancesFrom("btp")).containsOnlyKeys("btp");
		assertThatIllegalArgumentException().isThrownBy(() -> forces.distancesFrom("atlantis"));
	}

	@Test
	void theMapHasEveryForceArea() {
		ForceMap map = forces.map();
		assertThat(map.viewBox()).matches("0 0 \\d+ \\d+");
		assertThat(map.outlines()).hasSize(43)
			.allSatisfy(outline -> assertThat(outline.svgPath()).matches("M[-0-9. MZ]+Z"));
		assertThat(map.outlines().get(0).name()).isEqualTo("Metropolitan Police Service");
	}

}
