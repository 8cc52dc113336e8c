package org.crossforce.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who investigates (DESIGN.md, "The core rule: who investigates"). The PPDA super-complaint (2020) found every one
 * of 666 reports investigated by the accused's own force; this rule makes that impossible and shows why for every
 * force:
 * <ol>
 * <li>the conflicted forces are the accused's employer, every force the accused served in before, the victim's
 * force when the victim serves with the police, every force sharing a professional standards collaboration with
 * the employer, and every force an administrator marks for this case;</li>
 * <li>the investigating force is the force with no conflict nearest to the incident force area by neighbour-graph
 * distance (the incident force itself when it has no conflict), ties broken by fewest open allocations per 1,000
 * workforce, then by code.</li>
 * </ol>
 * A plain class, not a bean: it holds nothing and fetches nothing, so a stored decision can be replayed.
 */
public final class InvestigatingForceRule {

	/**
	 * @throws NoInvestigatingForceException when every reachable force is conflicted
	 * @throws IllegalArgumentException when the distances are not measured from the request's incident force
	 */
	public AllocationDecision decide(AllocationRequest request, AllocationContext context) {
		String incident = request.incidentForce();
		Integer fromIncident = context.distancesFromIncident().get(incident);
		if (fromIncident == null || fromIncident != 0) {
			throw new IllegalArgumentException(
					"The distances must be measured from the incident force area " + incident);
		}
		Map<String, List<Reason>> conflicts = Conflicts.of(request, context.collaborations());
		List<Candidate> candidates = context.distancesFromIncident()
			.keySet()
			.stream()
			.filter(force -> !conflicts.containsKey(force))
			.map(force -> Candidate.of(force, context))
			.sorted(Candidate.RANKING)
			.toList();
		if (candidates.isEmpty()) {
			throw new NoInvestigatingForceException(incident, considered(conflicts, null, candidates, context));
		}
		Candidate chosen = candidates.get(0);
		return new AllocationDecision(chosen.force(), chosen.distance(),
				considered(conflicts, chosen, candidates, context));
	}

	/** Reachable forces and conflicted ones, nearest first then by code; those with no path from the incident last. */
	private static List<ConsideredForce> considered(Map<String, List<Reason>> conflicts, Candidate chosen,
			List<Candidate> candidates, AllocationContext context) {
		Set<String> forces = new LinkedHashSet<>(context.distancesFromIncident().keySet());
		forces.addAll(conflicts.keySet());
		Comparator<String> nearestFirst = Comparator
			.comparing((String force) -> context.distancesFromIncident().get(force),
					Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Comparator.naturalOrder());
		Map<String, Candidate> byForce = new HashMap<>();
		candidates.forEach(candidate -> byForce.put(candidate.force(), candidate));
		List<ConsideredForce> considered = new ArrayList<>();
		for (String force : forces.stream().sorted(nearestFirst).toList()) {
			Integer distance = context.distancesFromIncident().get(force);
			if (conflicts.containsKey(force)) {
				List<Reason> reasons = new ArrayList<>(conflicts.get(force));
				if (distance == null) {
					reasons.add(ReasonCode.NOT_REACHABLE.with());
				}
				considered.add(new ConsideredForce(force, distance, true, reasons));
			}
			else if (chosen != null && force.equals(chosen.force())) {
				considered.add(new ConsideredForce(force, distance, false, whyChosen(chosen, candidates)));
			}
			else {
				considered.add(new ConsideredForce(force, distance, true, whyNot(byForce.get(force), chosen)));
			}
		}
		return considered;
	}

	private static List<Reason> whyChosen(Candidate chosen, List<Candidate> candidates) {
		List<Reason> reasons = new ArrayList<>();
		reasons.add(chosen.distance() == 0 ? ReasonCode.CHOSEN_INCIDENT_FORCE.with()
				: ReasonCode.CHOSEN_NEAREST.with(chosen.distance()));
		List<Candidate> tied = candidates.stream()
			.filter(other -> other.distance() == chosen.distance() && !other.equals(chosen))
			.toList();
		long beatenOnRate = tied.stream().filter(other -> !other.sameRateAs(chosen)).count();
		long beatenOnCode = tied.size() - beatenOnRate;
		if (beatenOnRate > 0) {
			reasons.add(ReasonCode.CHOSEN_LOWEST_RATE.with(chosen.rate(), (int) beatenOnRate));
		}
		if (beatenOnCode > 0) {
			reasons.add(ReasonCode.CHOSEN_FIRST_BY_CODE.with((int) beatenOnCode));
		}
		return reasons;
	}

	private static List<Reason> whyNot(Candidate candidate, Candidate chosen) {
		if (candidate.distance() > chosen.distance()) {
			return List.of(ReasonCode.FARTHER_THAN_CHOSEN.with(candidate.distance(), chosen.distance()));
		}
		if (candidate.sameRateAs(chosen)) {
			List<Reason> reasons = new ArrayList<>();
			if (candidate.rate() == null) {
				reasons.add(ReasonCode.NO_WORKFORCE_FIGURE.with());
			}
			reasons.add(ReasonCode.LATER_CODE.with(candidate.force(), chosen.force()));
			return reasons;
		}
		if (candidate.rate() == null) {
			return List.of(ReasonCode.NO_WORKFORCE_FIGURE.with());
		}
		return List.of(ReasonCode.HIGHER_RATE.with(candidate.rate(), chosen.rate()));
	}

}
