package org.crossforce.allocation;

import java.util.List;

import org.crossforce.reports.ReportSubmitted;

/**
 * The facts of one case that decide who may investigate it.
 *
 * @param employingForce the code of the force that employs the accused
 * @param previousForces codes of forces the accused served in before, if known
 * @param incidentForce the code of the territorial force whose area the incident happened in
 * @param victimForce the code of the force the victim serves with, or null when the victim does not serve with the
 * police
 * @param administratorConflicts forces an administrator has marked as conflicted for this case, each with why
 */
public record AllocationRequest(String employingForce, List<String> previousForces, String incidentForce,
		String victimForce, List<AdministratorConflict> administratorConflicts) {

	public AllocationRequest {
		if (employingForce == null || employingForce.isBlank()) {
			throw new IllegalArgumentException("The accused's employing force is required");
		}
		if (incidentForce == null || incidentForce.isBlank()) {
			throw new IllegalArgumentException("The force area of the incident is required");
		}
		previousForces = previousForces == null ? List.of() : List.copyOf(previousForces);
		victimForce = victimForce == null || victimForce.isBlank() ? null : victimForce;
		administratorConflicts = administratorConflicts == null ? List.of() : List.copyOf(administratorConflicts);
	}

	/** The request for a newly submitted report, before any administrator has looked at it. */
	public static AllocationRequest forReport(ReportSubmitted report) {
		return new AllocationRequest(report.employingForce(), report.previousForces(), report.incidentForce(),
				report.victimForce(), List.of());
	}

	/** The same case with these conflicts marked by an administrator, in place of any marked before. */
	public AllocationRequest withAdministratorConflicts(List<AdministratorConflict> conflicts) {
		return new AllocationRequest(employingForce, previousForces, incidentForce, victimForce, conflicts);
	}

}
