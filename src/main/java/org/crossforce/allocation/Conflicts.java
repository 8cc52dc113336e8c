package org.crossforce.allocation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 1 of the core rule (DESIGN.md): the forces that may not investigate this case, each with every reason it may
 * not. All reasons are kept, not just the first: staff and the IOPC check a decision against them, and a force that
 * is conflicted twice over stays conflicted if one reason is later found wrong.
 */
final class Conflicts {

	private static final Set<ReasonCode> CONFLICTS = EnumSet.of(ReasonCode.EMPLOYS_ACCUSED, ReasonCode.SERVED_BEFORE,
			ReasonCode.EMPLOYS_VICTIM, ReasonCode.SHARES_COLLABORATION, ReasonCode.MARKED_BY_ADMINISTRATOR);

	private final Map<String, List<Reason>> reasons = new LinkedHashMap<>();

	private Conflicts() {
	}

	static Map<String, List<Reason>> of(AllocationRequest request, List<CollaborationGroup> collaborations) {
		Conflicts conflicts = new Conflicts();
		String employer = request.employingForce();
		conflicts.add(employer, ReasonCode.EMPLOYS_ACCUSED.with());
		request.previousForces().forEach(force -> conflicts.add(force, ReasonCode.SERVED_BEFORE.with()));
		if (request.victimForce() != null) {
			conflicts.add(request.victimForce(), ReasonCode.EMPLOYS_VICTIM.with());
		}
		for (CollaborationGroup group : collaborations) {
			if (group.includes(employer)) {
				group.forces()
					.stream()
					.filter(force -> !force.equals(employer))
					.sorted()
					.forEach(force -> conflicts.add(force, ReasonCode.SHARES_COLLABORATION.with(group.name())));
			}
		}
		request.administratorConflicts()
			.forEach(marked -> conflicts.add(marked.force(), ReasonCode.MARKED_BY_ADMINISTRATOR.with(marked.note())));
		return conflicts.reasons;
	}

	static boolean isConflict(Reason reason) {
		return CONFLICTS.stream().anyMatch(code -> code.code().equals(reason.code()));
	}

	/** The same fact given twice (a previous force listed twice, say) is one reason, not two. */
	private void add(String force, Reason reason) {
		List<Reason> forForce = reasons.computeIfAbsent(force, code -> new ArrayList<>());
		if (!forForce.contains(reason)) {
			forForce.add(reason);
		}
	}

}
