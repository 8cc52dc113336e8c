package org.crossforce.allocation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Every reason this module can give, with the kinds of argument its message takes. The one place a reason's code is
 * written, so that a test can check that each has its copy in {@code messages.properties}, and a reason built with
 * the wrong arguments fails where it is built rather than rendering as "{1}".
 */
enum ReasonCode {

	// Why a force is conflicted (DESIGN.md, "The core rule", step 1).
	EMPLOYS_ACCUSED("allocation.reason.employsAccused"),
	SERVED_BEFORE("allocation.reason.servedBefore"),
	EMPLOYS_VICTIM("allocation.reason.employsVictim"),
	SHARES_COLLABORATION("allocation.reason.sharesCollaboration", String.class),
	MARKED_BY_ADMINISTRATOR("allocation.reason.markedByAdministrator", String.class),
	NOT_REACHABLE("allocation.reason.notReachable"),

	// Why a force with no conflict was not chosen (step 2): distance, then workload, then code.
	FARTHER_THAN_CHOSEN("allocation.reason.fartherThanChosen", Integer.class, Integer.class),
	HIGHER_RATE("allocation.reason.higherRate", BigDecimal.class, BigDecimal.class),
	NO_WORKFORCE_FIGURE("allocation.reason.noWorkforceFigure"),
	LATER_CODE("allocation.reason.laterCode", String.class, String.class),

	// Why the chosen force was chosen.
	CHOSEN_INCIDENT_FORCE("allocation.reason.chosen.incidentForce"),
	CHOSEN_NEAREST("allocation.reason.chosen.nearest", Integer.class),
	CHOSEN_LOWEST_RATE("allocation.reason.chosen.lowestRate", BigDecimal.class, Integer.class),
	CHOSEN_FIRST_BY_CODE("allocation.reason.chosen.firstByCode", Integer.class),

	// IOPC mandatory referral, criterion by criterion (see Criterion for the law).
	DEATH_OR_SERIOUS_INJURY_MET("allocation.criterion.deathOrSeriousInjury.met"),
	DEATH_OR_SERIOUS_INJURY_NOT_MET("allocation.criterion.deathOrSeriousInjury.notMet"),
	SERIOUS_ASSAULT_MET("allocation.criterion.seriousAssault.met"),
	SERIOUS_ASSAULT_NOT_MET("allocation.criterion.seriousAssault.notMet"),
	SERIOUS_SEXUAL_OFFENCE_MET("allocation.criterion.seriousSexualOffence.met"),
	SERIOUS_SEXUAL_OFFENCE_NOT_MET("allocation.criterion.seriousSexualOffence.notMet"),
	SERIOUS_CORRUPTION_MET("allocation.criterion.seriousCorruption.met"),
	SERIOUS_CORRUPTION_NOT_MET("allocation.criterion.seriousCorruption.notMet"),
	DISCRIMINATION_MET("allocation.criterion.discrimination.met"),
	DISCRIMINATION_NOT_MET("allocation.criterion.discrimination.notMet"),
	RELEVANT_OFFENCE_MET("allocation.criterion.relevantOffence.met"),
	RELEVANT_OFFENCE_NOT_MET("allocation.criterion.relevantOffence.notMet"),
	COERCIVE_CONTROL_NOT_RELEVANT("allocation.criterion.relevantOffence.coerciveControlNotRelevant"),
	SAME_INCIDENT_MET("allocation.criterion.sameIncident.met"),
	SAME_INCIDENT_NOT_MET("allocation.criterion.sameIncident.notMet"),
	CHIEF_OFFICER_MET("allocation.criterion.chiefOfficer.met", String.class),
	NOT_A_CHIEF_OFFICER_RANK("allocation.criterion.chiefOfficer.notChiefRank", String.class),
	NO_RANK("allocation.criterion.chiefOfficer.noRank"),
	NOT_AN_OFFICER("allocation.criterion.chiefOfficer.notAnOfficer"),
	REFERRAL_REQUIRED("allocation.referral.required", Integer.class),
	REFERRAL_NOT_REQUIRED("allocation.referral.notRequired"),

	// Complaint or conduct matter.
	COMPLAINT_MEMBER_OF_PUBLIC("allocation.complaint.memberOfPublic"),
	COMPLAINT_VICTIM_SERVES_ELSEWHERE("allocation.complaint.victimServesElsewhere", String.class),
	CONDUCT_SAME_FORCE("allocation.conduct.sameForce");

	private final String code;

	private final List<Class<?>> argumentTypes;

	ReasonCode(String code, Class<?>... argumentTypes) {
		this.code = code;
		this.argumentTypes = List.of(argumentTypes);
	}

	String code() {
		return code;
	}

	List<Class<?>> argumentTypes() {
		return argumentTypes;
	}

	Reason with(Object... arguments) {
		boolean fits = arguments.length == argumentTypes.size();
		for (int i = 0; fits && i < arguments.length; i++) {
			fits = argumentTypes.get(i).isInstance(arguments[i]);
		}
		if (!fits) {
			throw new IllegalArgumentException(
					code + " takes " + argumentTypes + ", not " + Arrays.toString(arguments));
		}
		return new Reason(code, List.of(arguments));
	}

}
