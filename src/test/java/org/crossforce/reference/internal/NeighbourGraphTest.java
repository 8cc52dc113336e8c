package org.crossforce.reference.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crossforce.reference.Force;
import org.crossforce.reference.internal.SharedBoundaries.SharedBoundary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neighbours as computed from the bundled ONS boundaries, checked against the geography of England and Wales. No
 * Spring and no database: this is the computation the loader stores.
 */
class NeighbourGraphTest {

	private static ReferenceDataset data;

	private static Map<String, Force> forces;

	@BeforeAll
	static void compute() {
		data = ReferenceFiles.bundled().compute();
		forces = data.forces().stream().collect(Collectors.toMap(Force::code, Function.identity()));
	}

	@Test
	void everyForceIsThereAndOnlyTheTerritorialOnesHaveAreas() {
		assertThat(data.forces()).hasSize(46);
		assertThat(data.forces().stream().filter(Force::isTerritorial)).hasSize(43);
		assertThat(data.map().outlines()).hasSize(43);
		assertThat(data.map().outlines()).allSatisfy(outline -> assertThat(outline.svgPath()).startsWith("M"));
	}

	@Test
	void neighbourhoodIsSymmetric() {
		forces.values()
			.forEach(force -> force.neighbours()
				.forEach(neighbour -> assertThat(forces.get(neighbour).neighbours())
					.as("%s is a neighbour of %s", force.code(), neighbour)
					.contains(force.code())));
		assertThat(data.sharedBoundaries()).allSatisfy(pair -> assertThat(pair.first()).isLessThan(pair.second()));
	}

	@Test
	void theTerritorialForcesFormOneConnectedGraph() {
		Map<String, Integer> reach = NeighbourGraph.of(forces.values()).distancesFrom("metropolitan");
		assertThat(reach.keySet()).containsExactlyInAnyOrderElementsOf(
				forces.values().stream().filter(Force::isTerritorial).map(Force::code).toList());
	}

	@Test
	void theCityOfLondonIsSurroundedByTheMetropolitanPolice() {
		assertThat(neighbours("city-of-london")).containsExactly("metropolitan");
		assertThat(neighbours("metropolitan")).containsExactly("city-of-london", "essex", "hertfordshire", "kent",
				"surrey", "thames-valley");
	}

	@Test
	void estuariesDoNotMakeNeighbours() {
		// Thames, Severn and Dee: the areas face each other across water, a few hundred metres apart or more.
		assertThat(neighbours("essex")).doesNotContain("kent");
		assertThat(neighbours("gwent")).doesNotContain("avon-and-somerset");
		assertThat(neighbours("south-wales")).doesNotContain("avon-and-somerset", "devon-and-cornwall");
		assertThat(neighbours("merseyside")).doesNotContain("north-wales");
		assertThat(neighbours("cheshire")).contains("north-wales");
	}

	@Test
	void forcesThatOnlyNearlyTouchWestOfStamfordAreNotNeighboursButTheTwentyMetreBoundaryCounts() {
		assertThat(neighbours("lincolnshire")).contains("northamptonshire");
		assertThat(neighbours("northamptonshire")).contains("lincolnshire");
		assertThat(neighbours("cambridgeshire")).doesNotContain("leicestershire");
		SharedBoundary lincolnshireNorthamptonshire = data.sharedBoundaries()
			.stream()
			.filter(pair -> pair.first().equals("lincolnshire") && pair.second().equals("northamptonshire"))
			.findFirst()
			.orElseThrow();
		assertThat(lincolnshireNorthamptonshire.lengthMetres()).isBetween(20.0, 60.0);
	}

	@Test
	void nationalForcesHaveNoNeighbours() {
		for (String code : List.of("btp", "ministry-of-defence", "civil-nuclear")) {
			assertThat(neighbours(code)).as(code).isEmpty();
			assertThat(NeighbourGraph.of(forces.values()).distancesFrom(code)).containsExactly(Map.entry(code, 0));
		}
	}

	@Test
	void neighboursMatchTheMap() {
		assertThat(neighbours("devon-and-cornwall")).containsExactly("avon-and-somerset", "dorset");
		assertThat(neighbours("west-midlands")).containsExactly("staffordshire", "warwickshire", "west-mercia");
		assertThat(neighbours("dyfed-powys")).containsExactly("gwent", "north-wales", "south-wales", "west-mercia");
		assertThat(neighbours("cumbria")).containsExactly("durham", "lancashire", "north-yorkshire", "northumbria");
		assertThat(neighbours("norfolk")).containsExactly("cambridgeshire", "lincolnshire", "suffolk");
		// Derbyshire reaches West Yorkshire on the moors above Holmfirth; Leicestershire meets Staffordshire by Tamworth.
		assertThat(neighbours("derbyshire")).contains("west-yorkshire", "cheshire", "greater-manchester");
		assertThat(neighbours("leicestershire")).contains("staffordshire");
		assertThat(data.sharedBoundaries()).hasSize(99);
	}

	@Test
	void distancesCountStepsAcrossSharedBoundaries() {
		NeighbourGraph graph = NeighbourGraph.of(forces.values());
		Map<String, Integer> fromMetropolitan = graph.distancesFrom("metropolitan");
		assertThat(fromMetropolitan).containsEntry("metropolitan", 0)
			.containsEntry("city-of-london", 1)
			.containsEntry("sussex", 2)
			.containsEntry("hampshire", 2)
			.containsEntry("suffolk", 2)
			.containsEntry("wiltshire", 2)
			.containsEntry("dorset", 3);
		assertThat(fromMetropolitan.keySet()).startsWith("metropolitan", "city-of-london", "essex");
		Map<String, Integer> fromCity = graph.distancesFrom("city-of-london");
		assertThat(fromCity).containsEntry("kent", 2).containsEntry("sussex", 3);
		// Across the Severn, South Wales to Avon and Somerset goes round through Gwent and Gloucestershire.
		assertThat(graph.distancesFrom("south-wales")).containsEntry("avon-and-somerset", 3)
			.containsEntry("cumbria", 6);
		assertThat(graph.distancesFrom("essex")).containsEntry("kent", 2);
		assertThat(Set.copyOf(fromMetropolitan.values())).allSatisfy(steps -> assertThat(steps).isBetween(0, 8));
	}

	private static List<String> neighbours(String code) {
		return forces.get(code).neighbours();
	}

}
