package org.crossforce.allocation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.crossforce.allocation.ComplaintOrConduct.Kind;
import org.crossforce.reports.AbuseKind;
import org.crossforce.reports.AccusedRole;
import org.crossforce.reports.ReferralIndicators;
import org.crossforce.reports.ReportSubmitted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintOrConductTest {

	@Test
	void aVictimWhoDoesNotServeWithThePoliceMakesAComplaint() {
		ComplaintOrConduct classification = ComplaintOrConduct.classify("kent", null);

		assertThat(classification.kind()).isEqualTo(Kind.COMPLAINT);
		assertThat(classification.reason()).isEqualTo(new Reason("allocation.complaint.memberOfPublic", List.of()));
	}

	@Test
	void aVictimServingInTheSameForceMakesItAConductMatter() {
		ComplaintOrConduct classification = ComplaintOrConduct.classify("kent", "kent");

		assertThat(classification.kind()).isEqualTo(Kind.CONDUCT_MATTER);
		assertThat(classification.reason()).isEqualTo(new Reason("allocation.conduct.sameForce", List.of()));
	}

	@Test
	void aVictimServingWithAnotherForceMakesAComplaint() {
		ComplaintOrConduct classification = ComplaintOrConduct.classify("kent", "sussex");

		assertThat(classification.kind()).isEqualTo(Kind.COMPLAINT);
		assertThat(classification.reason())
			.isEqualTo(new Reason("allocation.complaint.victimServesElsewhere", List.of("sussex")));
	}

	@Test
	void classifiesASubmittedReport() {
		ReportSubmitted report = new ReportSubmitted("CF-2", "metropolitan", List.of("surrey"), "surrey",
				"metropolitan", AccusedRole.OFFICER, "Sergeant", Set.of(AbuseKind.ECONOMIC), ReferralIndicators.NONE,
				Instant.parse("2025-01-06T10:00:00Z"));

		assertThat(ComplaintOrConduct.of(report).kind()).isEqualTo(Kind.CONDUCT_MATTER);
		assertThat(ComplaintOrConduct.classify("metropolitan", " ").kind()).isEqualTo(Kind.COMPLAINT);
	}

}
