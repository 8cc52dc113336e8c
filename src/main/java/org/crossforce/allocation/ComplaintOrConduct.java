package org.crossforce.allocation;

import java.util.Objects;

import org.crossforce.reports.ReportSubmitted;

/**
 * Whether a report is handled as a complaint or as a conduct matter (DESIGN.md, "Complaint or conduct matter"), and
 * why. A complaint is an expression of dissatisfaction by or on behalf of a member of the public (Police Reform Act
 * 2002 s.12(1)), and s.12 does not let someone under the direction and control of the same chief officer as the
 * person whose conduct it is complain of it. So when the victim serves in the accused's own force the report is
 * recorded as a conduct matter (s.12(2)) instead. A victim serving with a different force is, to the accused's
 * force, a member of the public.
 *
 * @param kind complaint or conduct matter
 * @param reason why, for staff and for the record
 */
public record ComplaintOrConduct(Kind kind, Reason reason) {

	public enum Kind {

		COMPLAINT, CONDUCT_MATTER;

		/** The {@code messages.properties} code of its name for people. */
		public String messageCode() {
			return "allocation.complaint.kind." + name();
		}

	}

	public ComplaintOrConduct {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(reason, "reason");
	}

	/**
	 * @param employingForce the accused's force
	 * @param victimForce the force the victim serves with, or null when the victim does not serve with the police
	 */
	public static ComplaintOrConduct classify(String employingForce, String victimForce) {
		Objects.requireNonNull(employingForce, "employingForce");
		if (victimForce == null || victimForce.isBlank()) {
			return new ComplaintOrConduct(Kind.COMPLAINT, ReasonCode.COMPLAINT_MEMBER_OF_PUBLIC.with());
		}
		if (victimForce.equals(employingForce)) {
			return new ComplaintOrConduct(Kind.CONDUCT_MATTER, ReasonCode.CONDUCT_SAME_FORCE.with());
		}
		return new ComplaintOrConduct(Kind.COMPLAINT, ReasonCode.COMPLAINT_VICTIM_SERVES_ELSEWHERE.with(victimForce));
	}

	public static ComplaintOrConduct of(ReportSubmitted report) {
		return classify(report.employingForce(), report.victimForce());
	}

}
