package org.crossforce.allocation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crossforce.reference.Force;
import org.crossforce.reference.internal.BundledForces;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The core rule on real geography: distances come from the neighbour graph computed from the bundled ONS
 * boundaries, and workforce from the bundled Home Office figures, so each scenario is a place a case could come
 * from. The rates in the comments are open allocations × 1,000 ÷ total workforce (FTE), rounded to 4 places.
 */
class InvestigatingForceRuleTest {

	/** Illustrative groups, not a record of real collaborations; the real ones are configuration. */
	static final CollaborationGroup BEDS_CAMBS_HERTS = new CollaborationGroup(
			"Bedfordshire, Cambridgeshire and Hertfordshire Professional Standards Department",
			Set.of("bedfordshire", "cambridgeshire", "hertfordshire"));

	static final CollaborationGroup EASTERN_REGION = new CollaborationGroup("Eastern Region Special Operations Unit",
			Set.of("bedfordshire", "cambridgeshire", "essex", "hertfordshire", "kent", "norfolk", "suffolk"));

	static final CollaborationGroup THAMES_VALLEY_HAMPSHIRE = new CollaborationGroup(
			"Thames Valley and Hampshire Joint Operations Unit", Set.of("hampshire", "thames-valley"));

	private final InvestigatingForceRule rule = new InvestigatingForceRule();

	@Test
	void accusedAndIncidentInGreaterManchesterGoToTheLeastLoadedNeighbour() {
		// All five neighbours are 1 away. Rates: Cheshire 12 open → 3.3631, Derbyshire 10 → 3.1951, Lancashire 15
		// → 2.9895, Merseyside 20 → 3.6224, West Yorkshire 30 → 3.3258. Lancashire has more open cases than
		// Cheshire or Derbyshire, but the lowest rate.
		AllocationDecision decision = decide(request("greater-manchester", "greater-manchester"), List.of(),
				Map.of("cheshire", 12, "derbyshire", 10, "lancashire", 15, "merseyside", 20, "west-yorkshire", 30));

		assertThat(decision.investigatingForce()).isEqualTo("lancashire");
		assertThat(decision.distance()).isEqualTo(1);
		assertThat(reasons(decision, "greater-manchester")).containsExactly(reason("allocation.reason.employsAccused"));
		assertThat(decision.chosen().reasons()).containsExactly(reason("allocation.reason.chosen.nearest", 1),
				reason("allocation.reason.chosen.lowestRate", new BigDecimal("2.9895"), 4));
		assertThat(reasons(decision, "derbyshire")).containsExactly(
				reason("allocation.reason.higherRate", new BigDecimal("3.1951"), new BigDecimal("2.9895")));
		assertThat(reasons(decision, "west-yorkshire")).containsExactly(
				reason("allocation.reason.higherRate", new BigDecimal("3.3258"), new BigDecimal("2.9895")));
		assertThat(reasons(decision, "cumbria")).containsExactly(reason("allocation.reason.fartherThanChosen", 2, 1));
		assertExplainsEveryForce(decision, "greater-manchester");
	}

	@Test
	void cityOfLondonAccusedWhoServedInTheMetGoesPastTheMet() {
		// The City's only neighbour is the Met, so the nearest forces with no conflict are the Met's other five
		// neighbours, 2 away. With no open allocations anywhere every rate is 0, and Essex comes first by code.
		AllocationDecision decision = decide(
				new AllocationRequest("city-of-london", List.of("metropolitan"), "city-of-london", null, List.of()),
				List.of(), Map.of());

		assertThat(decision.investigatingForce()).isEqualTo("essex");
		assertThat(decision.distance()).isEqualTo(2);
		assertThat(decision.conflicted()).containsExactly("city-of-london", "metropolitan");
		assertThat(reasons(decision, "metropolitan")).containsExactly(reason("allocation.reason.servedBefore"));
		assertThat(decision.chosen().reasons()).containsExactly(reason("allocation.reason.chosen.nearest", 2),
				reason("allocation.reason.chosen.firstByCode", 4));
		for (String tied : List.of("hertfordshire", "kent", "surrey", "thames-valley")) {
			assertThat(reasons(decision, tied)).as(tied)
				.containsExactly(reason("allocation.reason.laterCode", tied, "essex"));
		}
		assertExplainsEveryForce(decision, "city-of-london");
	}

	@Test
	void metAccusedWithTheIncidentInSurreyIsInvestigatedBySurrey() {
		AllocationDecision decision = decide(request("metropolitan", "surrey"), List.of(), Map.of("surrey", 50));

		assertThat(decision.investigatingForce()).isEqualTo("surrey");
		assertThat(decision.distance()).isZero();
		assertThat(decision.chosen().reasons()).containsExactly(reason("allocation.reason.chosen.incidentForce"));
		assertThat(reasons(decision, "metropolitan")).containsExactly(reason("allocation.reason.employsAccused"));
		assertThat(reasons(decision, "kent")).containsExactly(reason("allocation.reason.fartherThanChosen", 1, 0));
		assertExplainsEveryForce(decision, "surrey");
	}

	@Test
	void aVictimServingWithSurreyMovesTheCaseToASurreyNeighbour() {
		// Surrey's neighbours: Hampshire 10 open → 2.0126, Kent 8 → 1.3893, the Met (conflicted), Sussex 9 → 1.9790,
		// Thames Valley 20 → 2.7353.
		AllocationDecision decision = decide(
				new AllocationRequest("metropolitan", List.of(), "surrey", "surrey", List.of()), List.of(),
				Map.of("hampshire", 10, "kent", 8, "sussex", 9, "thames-valley", 20));

		assertThat(decision.investigatingForce()).isEqualTo("kent");
		assertThat(decision.distance()).isEqualTo(1);
		assertThat(decision.conflicted()).containsExactly("surrey", "metropolitan");
		assertThat(reasons(decision, "surrey")).containsExactly(reason("allocation.reason.employsVictim"));
		assertThat(reasons(decision, "hampshire")).containsExactly(
				reason("allocation.reason.higherRate", new BigDecimal("2.0126"), new BigDecimal("1.3893")));
		assertThat(reasons(decision, "sussex")).containsExactly(
				reason("allocation.reason.higherRate", new BigDecimal("1.9790"), new BigDecimal("1.3893")));
		assertExplainsEveryForce(decision, "surrey");
	}

	@Test
	void aCollaborationExcludesEveryMemberAndSaysWhichCollaboration() {
		// Hertfordshire's neighbours are Bedfordshire, Cambridgeshire, Essex, the Met and Thames Valley. Both groups
		// hold Hertfordshire; the third does not, so it excludes nobody. The Met 50 open → 1.2399, Thames Valley 5 →
		// 0.6838.
		AllocationDecision decision = decide(request("hertfordshire", "hertfordshire"),
				List.of(BEDS_CAMBS_HERTS, EASTERN_REGION, THAMES_VALLEY_HAMPSHIRE),
				Map.of("metropolitan", 50, "thames-valley", 5));

		assertThat(decision.investigatingForce()).isEqualTo("thames-valley");
		assertThat(decision.conflicted()).containsExactlyInAnyOrder("hertfordshire", "bedfordshire", "cambridgeshire",
				"essex", "kent", "norfolk", "suffolk");
		assertThat(reasons(decision, "hertfordshire")).containsExactly(reason("allocation.reason.employsAccused"));
		assertThat(reasons(decision, "cambridgeshire")).containsExactly(
				reason("allocation.reason.sharesCollaboration", BEDS_CAMBS_HERTS.name()),
				reason("allocation.reason.sharesCollaboration", EASTERN_REGION.name()));
		assertThat(reasons(decision, "essex"))
			.containsExactly(reason("allocation.reason.sharesCollaboration", EASTERN_REGION.name()));
		assertThat(reasons(decision, "norfolk"))
			.containsExactly(reason("allocation.reason.sharesCollaboration", EASTERN_REGION.name()));
		assertThat(reasons(decision, "metropolitan")).containsExactly(
				reason("allocation.reason.higherRate", new BigDecimal("1.2399"), new BigDecimal("0.6838")));
		assertThat(considered(decision, "hampshire").excluded()).isTrue();
		assertThat(reasons(decision, "hampshire")).containsExactly(reason("allocation.reason.fartherThanChosen", 2, 1));
		assertExplainsEveryForce(decision, "hertfordshire");
	}

	@Test
	void tiesAtTheSameDistanceGoToTheLowerRate() {
		// Kent's neighbours: the Met 40 open → 0.9919, Surrey 3 → 0.8162, Sussex 3 → 0.6597. Surrey and Sussex have
		// the same open count; Sussex's larger workforce gives it the lower rate, and the rate decides, not the count.
		AllocationDecision decision = decide(request("kent", "kent"), List.of(),
				Map.of("metropolitan", 40, "surrey", 3, "sussex", 3));

		assertThat(decision.investigatingForce()).isEqualTo("sussex");
		assertThat(decision.chosen().reasons()).containsExactly(reason("allocation.reason.chosen.nearest", 1),
				reason("allocation.reason.chosen.lowestRate", new BigDecimal("0.6597"), 2));
		assertThat(reasons(decision, "metropolitan")).containsExactly(
				reason("allocation.reason.higherRate", new BigDecimal("0.9919"), new BigDecimal("0.6597")));
		assertThat(reasons(decision, "surrey")).containsExactly(
				reason("allocation.reason.higherRate", new BigDecimal("0.8162"), new BigDecimal("0.6597")));
		assertExplainsEveryForce(decision, "kent");
	}

	@Test
	void tiesAtTheSameDistanceAndRateGoToTheEarlierCode() {
		// The Met 1 open → 0.0248; Surrey and Sussex none → 0.0000 each, so "surrey" beats "sussex" on code.
		AllocationDecision decision = decide(request("kent", "kent"), List.of(), Map.of("metropolitan", 1));

		assertThat(decision.investigatingForce()).isEqualTo("surrey");
		assertThat(decision.chosen().reasons()).containsExactly(reason("allocation.reason.chosen.nearest", 1),
				reason("allocation.reason.chosen.lowestRate", new BigDecimal("0.0000"), 1),
				reason("allocation.reason.chosen.firstByCode", 1));
		assertThat(reasons(decision, "sussex"))
			.containsExactly(reason("allocation.reason.laterCode", "sussex", "surrey"));
		assertThat(reasons(decision, "metropolitan")).containsExactly(
				reason("allocation.reason.higherRate", new BigDecimal("0.0248"), new BigDecimal("0.0000")));
		assertExplainsEveryForce(decision, "kent");
	}

	@Test
	void aForceWithNoWorkforceFigureRanksAfterTiedForcesWithOne() {
		// With no figure the Met's workload cannot be compared; counting it as 0 would send it every tied case.
		Map<String, BigDecimal> workforce = new HashMap<>(workforce());
		workforce.remove("metropolitan");
		AllocationContext context = new AllocationContext(BundledForces.distancesFrom("kent"), List.of(), Map.of(),
				workforce);

		AllocationDecision decision = rule.decide(request("kent", "kent"), context);

		assertThat(decision.investigatingForce()).isEqualTo("surrey");
		assertThat(reasons(decision, "metropolitan")).containsExactly(reason("allocation.reason.noWorkforceFigure"));
		assertThat(reasons(decision, "sussex"))
			.containsExactly(reason("allocation.reason.laterCode", "sussex", "surrey"));
		assertExplainsEveryForce(decision, "kent");
	}

	@Test
	void aConflictMarkedByAnAdministratorExcludesThatForce() {
		String note = "The victim's brother works in Surrey's professional standards department";
		AllocationRequest request = request("metropolitan", "surrey")
			.withAdministratorConflicts(List.of(new AdministratorConflict("surrey", note)));

		AllocationDecision decision = decide(request, List.of(), Map.of("hampshire", 10, "kent", 8, "sussex", 9,
				"thames-valley", 20));

		assertThat(decision.investigatingForce()).isEqualTo("kent");
		assertThat(considered(decision, "surrey").excluded()).isTrue();
		assertThat(reasons(decision, "surrey"))
			.containsExactly(reason("allocation.reason.markedByAdministrator", note));
		assertExplainsEveryForce(decision, "surrey");
	}

	@Test
	void aForceConflictedSeveralWaysKeepsEveryReason() {
		AllocationRequest request = new AllocationRequest("kent", List.of("metropolitan", "metropolitan"), "surrey",
				"metropolitan", List.of(new AdministratorConflict("metropolitan", "Asked for by the IOPC")));

		AllocationDecision decision = decide(request, List.of(EASTERN_REGION), Map.of());

		assertThat(reasons(decision, "metropolitan")).containsExactly(reason("allocation.reason.servedBefore"),
				reason("allocation.reason.employsVictim"),
				reason("allocation.reason.markedByAdministrator", "Asked for by the IOPC"));
		assertThat(reasons(decision, "kent")).containsExactly(reason("allocation.reason.employsAccused"));
		assertThat(decision.investigatingForce()).isEqualTo("surrey");
		assertExplainsEveryForce(decision, "surrey");
	}

	@Test
	void aBritishTransportPoliceAccusedIsInvestigatedWhereTheIncidentHappened() {
		AllocationDecision decision = decide(request("btp", "kent"), List.of(), Map.of());

		assertThat(decision.investigatingForce()).isEqualTo("kent");
		assertThat(decision.distance()).isZero();
		Set<String> reachable = BundledForces.distancesFrom("kent").keySet();
		assertThat(reachable).hasSize(43);
		assertThat(decision.considered()).hasSize(44);
		assertThat(decision.considered()).extracting(ConsideredForce::force)
			.doesNotHaveDuplicates()
			.containsAll(reachable)
			.contains("btp")
			.doesNotContain("ministry-of-defence", "civil-nuclear")
			.last()
			.isEqualTo("btp");
		ConsideredForce btp = considered(decision, "btp");
		assertThat(btp.distance()).isNull();
		assertThat(btp.excluded()).isTrue();
		assertThat(btp.reasons()).containsExactly(reason("allocation.reason.employsAccused"),
				reason("allocation.reason.notReachable"));
		assertExplainsEveryForce(decision, "kent");
	}

	@Test
	void whenEveryReachableForceIsConflictedNoForceIsChosen() {
		Set<String> territorial = BundledForces.all()
			.stream()
			.filter(Force::isTerritorial)
			.map(Force::code)
			.collect(Collectors.toSet());
		CollaborationGroup everyone = new CollaborationGroup("Every force", territorial);

		assertThatThrownBy(() -> decide(request("city-of-london", "city-of-london"), List.of(everyone), Map.of()))
			.isInstanceOfSatisfying(NoInvestigatingForceException.class, failure -> {
				assertThat(failure.incidentForce()).isEqualTo("city-of-london");
				assertThat(failure.considered()).hasSize(43).allSatisfy(force -> {
					assertThat(force.excluded()).isTrue();
					assertThat(force.reasons()).isNotEmpty();
				});
			})
			.hasMessageContaining("No force can investigate")
			.hasMessageContaining("city-of-london");
	}

	@Test
	void theDistancesMustBeMeasuredFromTheIncidentForce() {
		AllocationContext fromKent = new AllocationContext(BundledForces.distancesFrom("kent"), List.of(), Map.of(),
				workforce());

		assertThatIllegalArgumentException().isThrownBy(() -> rule.decide(request("kent", "surrey"), fromKent))
			.withMessageContaining("surrey");
	}

	private AllocationDecision decide(AllocationRequest request, List<CollaborationGroup> groups,
			Map<String, Integer> open) {
		AllocationContext context = new AllocationContext(BundledForces.distancesFrom(request.incidentForce()), groups,
				open, workforce());
		return rule.decide(request, context);
	}

	private static AllocationRequest request(String employingForce, String incidentForce) {
		return new AllocationRequest(employingForce, List.of(), incidentForce, null, List.of());
	}

	static Map<String, BigDecimal> workforce() {
		Map<String, BigDecimal> fte = new HashMap<>();
		BundledForces.all()
			.stream()
			.filter(force -> force.workforce() != null && force.workforce().totalFte() != null)
			.forEach(force -> fte.put(force.code(), force.workforce().totalFte()));
		return fte;
	}

	private static Reason reason(String code, Object... arguments) {
		return new Reason(code, List.of(arguments));
	}

	private static ConsideredForce considered(AllocationDecision decision, String force) {
		return decision.considered()
			.stream()
			.filter(considered -> considered.force().equals(force))
			.findFirst()
			.orElseThrow(() -> new AssertionError(force + " was not considered"));
	}

	private static List<Reason> reasons(AllocationDecision decision, String force) {
		return considered(decision, force).reasons();
	}

	/** What staff rely on in every decision: each force once, in order, with a reason, and one force chosen. */
	private static void assertExplainsEveryForce(AllocationDecision decision, String incidentForce) {
		Map<String, Integer> distances = BundledForces.distancesFrom(incidentForce);
		Map<String, ConsideredForce> byForce = decision.considered()
			.stream()
			.collect(Collectors.toMap(ConsideredForce::force, Function.identity()));
		assertThat(byForce).as("each force once").hasSameSizeAs(decision.considered());
		assertThat(byForce.keySet()).containsAll(distances.keySet()).containsAll(decision.conflicted());
		assertThat(decision.considered()).allSatisfy(force -> {
			assertThat(force.reasons()).as(force.force()).isNotEmpty();
			assertThat(force.distance()).as(force.force()).isEqualTo(distances.get(force.force()));
		});
		assertThat(decision.considered()).filteredOn(force -> !force.excluded())
			.singleElement()
			.extracting(ConsideredForce::force)
			.isEqualTo(decision.investigatingForce());
		assertThat(decision.considered()).isSortedAccordingTo(Comparator
			.comparing(ConsideredForce::distance, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
			.thenComparing(ConsideredForce::force));
		assertThat(decision.conflicted()).doesNotContain(decision.investigatingForce());
		assertThat(decision.distance()).isEqualTo(distances.get(decision.investigatingForce()));
		// Nothing nearer than the chosen force is free of conflict.
		assertThat(decision.considered())
			.filteredOn(force -> force.distance() != null && force.distance() < decision.distance())
			.allSatisfy(force -> assertThat(decision.conflicted()).contains(force.force()));
	}

}
