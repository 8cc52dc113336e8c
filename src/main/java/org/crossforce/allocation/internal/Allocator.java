package org.crossforce.allocation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.allocation.AdministratorConflict;
import org.crossforce.allocation.AllocationContext;
import org.crossforce.allocation.AllocationDecision;
import org.crossforce.allocation.AllocationRequest;
import org.crossforce.allocation.CaseAllocated;
import org.crossforce.allocation.ComplaintOrConduct;
import org.crossforce.allocation.InvestigatingForceRule;
import org.crossforce.allocation.IopcReferralCriteria;
import org.crossforce.allocation.ReferralAssessment;
import org.crossforce.allocation.ReferralFacts;
import org.crossforce.audit.AuditLog;
import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.calendar.WorkingDayRule;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.reports.ReportSubmitted;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the rule to a submitted report and records the outcome: the allocation with its reasons, the IOPC
 * referral assessment, and whether the matter is a complaint or a conduct matter. Safe to run twice for one report.
 */
@Component
public class Allocator {

	private final InvestigatingForceRule rule = new InvestigatingForceRule();

	private final IopcReferralCriteria criteria = new IopcReferralCriteria();

	private final AllocationStore store;

	private final CollaborationGroups collaborations;

	private final Forces forces;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AcceptanceStore acceptances;

	private final WorkingDayCalendar calendar;

	/** The investigating force accepts within 2 working days of allocation (issue 3 and 4; E&W calendar). */
	static final int ACCEPTANCE_WORKING_DAYS = 2;

	Allocator(AllocationStore store, CollaborationGroups collaborations, Forces forces, AuditLog audit,
			ApplicationEventPublisher events, Clock clock, AcceptanceStore acceptances, WorkingDayCalendar calendar) {
		this.acceptances = acceptances;
		this.calendar = calendar;
		this.store = store;
		this.collaborations = collaborations;
		this.forces = forces;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void allocate(ReportSubmitted report) {
		if (store.exists(report.reference())) {
			// A retried event after a success whose completion was not recorded: nothing more to do.
			return;
		}
		Instant now = clock.instant();
		AllocationRequest request = AllocationRequest.forReport(report);
		AllocationDecision decision = decide(request);
		ComplaintOrConduct classification = ComplaintOrConduct.of(report);
		store.insert(report.reference(), request, decision, classification, report.submittedAt(), now);
		ReferralAssessment assessment = criteria.assess(ReferralFacts.of(report));
		store.insertReferral(report.reference(), assessment, now);
		awaitAcceptance(report.reference(), decision.investigatingForce(), now);
		audit.record("system", "case.allocated", "case " + report.reference(),
				"investigatingForce=" + decision.investigatingForce() + ", distance=" + decision.distance()
						+ ", conflicted=" + decision.conflicted() + ", iopcReferralRequired=" + assessment.required());
		events.publishEvent(new CaseAllocated(report.reference(), decision.investigatingForce(),
				report.employingForce(), false, assessment.required()));
	}

	/** Starts the investigating force's clock to accept the case. */
	public void awaitAcceptance(String reference, String force, Instant decidedAt) {
		LocalDate decided = decidedAt.atZone(ZoneId.of("Europe/London")).toLocalDate();
		acceptances.await(reference, force,
				calendar.due(decided, ACCEPTANCE_WORKING_DAYS, WorkingDayRule.EW).due());
	}

	/** The rule's decision for a request, with today's collaborations, workloads and workforce. */
	public AllocationDecision decide(AllocationRequest request) {
		Map<String, BigDecimal> workforce = new HashMap<>();
		for (Force force : forces.all()) {
			if (force.workforce() != null && force.workforce().totalFte() != null) {
				workforce.put(force.code(), force.workforce().totalFte());
			}
		}
		AllocationContext context = new AllocationContext(forces.distancesFrom(request.incidentForce()),
				collaborations.all(), store.openAllocations(), workforce);
		return rule.decide(request, context);
	}

	AllocationDecision decide(AllocationRequest request, List<AdministratorConflict> conflicts) {
		return decide(request.withAdministratorConflicts(conflicts));
	}

}
