package org.crossforce.allocation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.crossforce.identity.SignedInUser;
import org.crossforce.reports.AbuseKind;
import org.crossforce.reports.Accused;
import org.crossforce.reports.AccusedRole;
import org.crossforce.reports.Consent;
import org.crossforce.reports.NewReport;
import org.crossforce.reports.ReferralIndicators;
import org.crossforce.reports.Relationship;
import org.crossforce.reports.ReportIntake;
import org.crossforce.reports.Submitter;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** From a submitted report to its allocation, referral assessment and overrides, through the outbox. */
@IntegrationTest
class AllocationFlowTest {

	@Autowired
	ReportIntake intake;

	@Autowired
	Allocations allocations;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	static NewReport report(String employing, List<String> previous, String incident, ReferralIndicators indicators) {
		return new NewReport(new Accused("A", "B", employing, AccusedRole.OFFICER, "Constable", null, previous), null,
				Relationship.INTIMATE_PARTNERS, Set.of(AbuseKind.PHYSICAL_OR_SEXUAL), incident,
				LocalDate.of(2025, 3, 1), null, "An account.", indicators, new Consent(true, true, null, null), null);
	}

	CaseAllocation allocated(String reference) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> allocations.of(reference), java.util.Optional::isPresent)
			.orElseThrow();
	}

	@Test
	void aReportAboutAGreaterManchesterOfficerIsAllocatedToANeighbourWithReasons() {
		String reference = intake.submit(report("greater-manchester", List.of(), "greater-manchester",
				ReferralIndicators.NONE), Submitter.VICTIM).reference();
		CaseAllocation allocation = allocated(reference);
		assertThat(allocation.investigatingForce()).isNotEqualTo("greater-manchester");
		assertThat(allocation.distance()).isEqualTo(1);
		assertThat(allocation.conflictedForces()).contains("greater-manchester");
		assertThat(allocation.considered()).filteredOn(f -> !f.excluded()).hasSize(1);
		assertThat(allocation.considered()).allSatisfy(f -> assertThat(f.reasons()).isNotEmpty());
		assertThat(allocation.overridden()).isFalse();
		assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null and "
				+ "serialized_event like :r").param("r", "%" + reference + "%").query(Long.class).single())
			.as("the outbox entry is completed").isZero();
		IopcReferral referral = allocations.referral(reference).orElseThrow();
		assertThat(referral.required()).isFalse();
		assertThat(jdbc.sql("select action from audit_entry where subject = :s order by sequence")
			.param("s", "case " + reference)
			.query(String.class)
			.list()).containsExactly("report.submitted", "case.allocated");
		assertThat(jdbc.sql("select count(*) from notification where template = 'CASE_ALLOCATED' and username = :u"
				+ " and created_at >= :since")
			.param("u", "psd@" + allocation.investigatingForce() + ".demo")
			.param("since", java.sql.Timestamp.from(allocation.decidedAt().minusSeconds(1)))
			.query(Long.class)
			.single()).as("the investigating force's professional standards department is told").isEqualTo(1);
	}

	@Test
	void aSeriousInjuryCreatesAnIopcReferralAndTheIopcRecordsTheMode() {
		String reference = intake.submit(report("kent", List.of(), "kent",
				new ReferralIndicators(true, false, false, false, false, false, false, false)), Submitter.VICTIM)
			.reference();
		allocated(reference);
		IopcReferral referral = allocations.referral(reference).orElseThrow();
		assertThat(referral.required()).isTrue();
		assertThat(referral.assessment().met()).contains(Criterion.SERIOUS_ASSAULT, Criterion.DEATH_OR_SERIOUS_INJURY);
		assertThat(allocations.referralQueue(500)).extracting(IopcReferral::reference).contains(reference);

		SignedInUser iopc = user("iopc@iopc.demo");
		assertThatThrownBy(() -> allocations.recordMode(reference, IopcReferral.Mode.DIRECTED, null, "x", iopc))
			.isInstanceOf(AllocationRefused.class);
		IopcReferral decided = allocations.recordMode(reference, IopcReferral.Mode.DIRECTED, "essex",
				"Serious injury; directed investigation by a force outside the region.", iopc);
		assertThat(decided.mode()).isEqualTo(IopcReferral.Mode.DIRECTED);
		assertThat(decided.directedForce()).isEqualTo("essex");
		assertThatThrownBy(() -> allocations.recordMode(reference, IopcReferral.Mode.LOCAL, null, "x",
				user("psd@kent.demo"))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void anOverrideNeedsAReasonAndARoleRefusesConflictedForcesAndKeepsTheHistory() {
		String reference = intake.submit(report("metropolitan", List.of("essex"), "surrey", ReferralIndicators.NONE),
				Submitter.VICTIM).reference();
		CaseAllocation rule = allocated(reference);
		assertThat(rule.investigatingForce()).isEqualTo("surrey");
		SignedInUser iopc = user("iopc@iopc.demo");
		assertThatThrownBy(() -> allocations.override(reference, "kent", " ", iopc))
			.isInstanceOf(AllocationRefused.class);
		assertThatThrownBy(() -> allocations.override(reference, "essex", "Nearer", iopc))
			.isInstanceOf(AllocationRefused.class)
			.hasMessageContaining("force");
		assertThatThrownBy(() -> allocations.override(reference, "kent", "Nearer", user("psd@kent.demo")))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

		CaseAllocation overridden = allocations.override(reference, "kent", "Surrey's PSD is at capacity", iopc);
		assertThat(overridden.investigatingForce()).isEqualTo("kent");
		assertThat(overridden.overridden()).isTrue();
		assertThat(overridden.decidedBy()).isEqualTo("iopc@iopc.demo");
		assertThat(jdbc.sql("select investigating_force from allocation_history where reference = :r")
			.param("r", reference)
			.query(String.class)
			.list()).containsExactly("surrey");
		assertThat(jdbc.sql("select detail from audit_entry where subject = :s and action = 'case.allocation.overridden'")
			.param("s", "case " + reference)
			.query(String.class)
			.single()).contains("from=surrey", "to=kent", "capacity");
	}

	@Test
	void anAdministratorMarkingAConflictReRunsTheRule() {
		String reference = intake.submit(report("metropolitan", List.of(), "surrey", ReferralIndicators.NONE),
				Submitter.VICTIM).reference();
		assertThat(allocated(reference).investigatingForce()).isEqualTo("surrey");
		CaseAllocation rerun = allocations.markConflicted(reference, "surrey",
				"The victim's brother is Surrey's head of PSD", user("admin@crossforce.demo"));
		assertThat(rerun.investigatingForce()).isNotEqualTo("surrey");
		assertThat(rerun.conflictedForces()).contains("surrey", "metropolitan");
		assertThat(rerun.considered()).filteredOn(f -> f.force().equals("surrey"))
			.singleElement()
			.satisfies(f -> assertThat(f.reasons()).extracting(Reason::code)
				.contains("allocation.reason.markedByAdministrator"));
	}

	private SignedInUser user(String username) {
		return (SignedInUser) users.loadUserByUsername(username);
	}


	@Test
	void anAnonymousVictimServingWithTheIncidentForceKeepsThatForceOut() {
		NewReport anonymousOfficer = new NewReport(
				new org.crossforce.reports.Accused("A", "B", "metropolitan", AccusedRole.OFFICER, null, null, List.of()),
				org.crossforce.reports.Victim.anonymousServingWith("surrey"), Relationship.INTIMATE_PARTNERS,
				Set.of(AbuseKind.PHYSICAL_OR_SEXUAL), "surrey", LocalDate.of(2025, 3, 1), null, "An account.",
				ReferralIndicators.NONE, new Consent(true, true, null, null), null);
		assertThat(anonymousOfficer.anonymous()).isTrue();
		String reference = intake.submit(anonymousOfficer, Submitter.VICTIM).reference();
		CaseAllocation allocation = allocated(reference);
		assertThat(allocation.investigatingForce()).isNotIn("surrey", "metropolitan");
		assertThat(allocation.conflictedForces()).contains("surrey");
		assertThat(jdbc.sql("select victim_anonymous, victim_identity_enc from report where reference = :r")
			.param("r", reference)
			.query((rs, row) -> rs.getBoolean(1) && rs.getBytes(2) == null)
			.single()).as("anonymous: no identity stored").isTrue();
	}

}
