package org.crossforce.allocation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crossforce.allocation.internal.AcceptanceStore;
import org.crossforce.allocation.internal.AdministratorConflicts;
import org.crossforce.allocation.internal.AllocationStore;
import org.crossforce.allocation.internal.Allocator;
import org.crossforce.audit.AuditLog;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.notifications.Notifications;
import org.crossforce.notifications.StaffNotice;
import org.crossforce.reference.Forces;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocations and IOPC referrals, for the pages and the API: reading them, overriding an allocation, marking a
 * force conflicted for a case, and recording the IOPC's mode of investigation. Every change is audited and
 * announced with {@link CaseAllocated}.
 */
@Service
public class Allocations {

	private final AllocationStore store;

	private final Allocator allocator;

	private final AdministratorConflicts conflicts;

	private final Forces forces;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AcceptanceStore acceptances;

	private final Notifications notifications;

	Allocations(AllocationStore store, Allocator allocator, AdministratorConflicts conflicts, Forces forces,
			AuditLog audit, ApplicationEventPublisher events, Clock clock, AcceptanceStore acceptances,
			Notifications notifications) {
		this.acceptances = acceptances;
		this.notifications = notifications;
		this.store = store;
		this.allocator = allocator;
		this.conflicts = conflicts;
		this.forces = forces;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<CaseAllocation> of(String reference) {
		return store.find(reference);
	}

	@Transactional(readOnly = true)
	public Optional<IopcReferral> referral(String reference) {
		return store.referral(reference);
	}

	/** The investigating force of each of these cases that is allocated, by reference. */
	@Transactional(readOnly = true)
	public Map<String, String> investigatingForces(Collection<String> references) {
		return store.investigatingForces(references);
	}

	@Transactional(readOnly = true)
	public List<String> investigatedBy(String force, int limit, int offset) {
		return store.investigatedBy(force, limit, offset);
	}

	@Transactional(readOnly = true)
	public long countInvestigatedBy(String force) {
		return store.countInvestigatedBy(force);
	}

	/** Allocated cases matching a search, most recently submitted first, for lists of cases. */
	@Transactional(readOnly = true)
	public List<CaseListing> search(CaseSearch search, int limit, int offset) {
		return store.search(search, limit, offset);
	}

	@Transactional(readOnly = true)
	public long count(CaseSearch search) {
		return store.count(search);
	}

	/** Cases whose accused the force employs: the force's conduct notices. */
	@Transactional(readOnly = true)
	public List<String> employedBy(String force) {
		return store.employedBy(force);
	}

	/** Cases meeting a mandatory referral criterion, those awaiting the IOPC's decision on mode first. */
	@Transactional(readOnly = true)
	public List<IopcReferral> referralQueue(int limit) {
		return store.referralsRequired(limit);
	}

	/**
	 * Sends a case to a named force instead of the rule's choice (IOPC and administrators). The force must not be
	 * conflicted; the earlier decision is kept in the history.
	 */
	@Transactional
	public CaseAllocation override(String reference, String force, String reason, SignedInUser by) {
		requireOverseer(by);
		CaseAllocation current = store.find(reference)
			.orElseThrow(() -> new AllocationRefused("reference", "allocation.page.error.noAllocation"));
		requireReason(reason);
		if (!forces.exists(force) || !forces.find(force).orElseThrow().isTerritorial()) {
			throw new AllocationRefused("force", "allocation.page.error.unknownForce", force);
		}
		if (current.conflictedForces().contains(force)) {
			throw new AllocationRefused("force", "allocation.page.error.conflicted", force);
		}
		Integer distance = forces.distancesFrom(current.incidentForce()).getOrDefault(force, -1);
		AllocationDecision decision = new AllocationDecision(force, distance, current.considered());
		Instant now = clock.instant();
		store.replace(reference, decision, by.getUsername(), reason.trim(), now);
		allocator.awaitAcceptance(reference, force, now);
		audit.record(by.getUsername(), "case.allocation.overridden", "case " + reference,
				"from=" + current.investigatingForce() + ", to=" + force + ", reason=" + reason.trim());
		announce(reference, force, current.employingForce());
		return store.find(reference).orElseThrow();
	}

	/**
	 * Marks a force as conflicted for one case (administrators) and runs the rule again with it excluded.
	 */
	@Transactional
	public CaseAllocation markConflicted(String reference, String force, String note, SignedInUser by) {
		if (!by.hasRole(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only administrators mark conflicts");
		}
		requireReason(note);
		if (!forces.exists(force)) {
			throw new AllocationRefused("force", "allocation.page.error.unknownForce", force);
		}
		var request = store.request(reference)
			.orElseThrow(() -> new AllocationRefused("reference", "allocation.page.error.noAllocation"));
		CaseAllocation current = store.find(reference).orElseThrow();
		Instant now = clock.instant();
		conflicts.mark(reference, force, note.trim(), by.getUsername(), now);
		AllocationDecision decision = allocator.decide(request.withAdministratorConflicts(conflicts.of(reference)));
		store.replace(reference, decision, by.getUsername(), note.trim(), now);
		audit.record(by.getUsername(), "case.conflict.marked", "case " + reference,
				"force=" + force + ", note=" + note.trim() + ", now=" + decision.investigatingForce());
		if (!decision.investigatingForce().equals(current.investigatingForce())) {
			allocator.awaitAcceptance(reference, decision.investigatingForce(), now);
			announce(reference, decision.investigatingForce(), current.employingForce());
		}
		return store.find(reference).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<Acceptance> acceptance(String reference) {
		return acceptances.find(reference, today());
	}

	/** Allocations not accepted in time: escalated to the IOPC and administrators. */
	@Transactional(readOnly = true)
	public List<Acceptance> overdueAcceptances() {
		return acceptances.overdue(today());
	}

	/**
	 * Escalates each allocation not accepted in time, once: every IOPC user and every administrator is notified
	 * (the notice names no case) and the escalation is audited. Runs on a schedule; returns how many it escalated.
	 */
	@Transactional
	public int escalateOverdueAcceptances() {
		int escalated = 0;
		for (Acceptance late : acceptances.overdue(today())) {
			if (late.escalatedAt() != null || !acceptances.markEscalated(late.reference(), clock.instant())) {
				continue;
			}
			notifications.notifyEveryone(Role.IOPC, StaffNotice.ACCEPTANCE_OVERDUE);
			notifications.notifyEveryone(Role.ADMINISTRATOR, StaffNotice.ACCEPTANCE_OVERDUE);
			audit.record("system", "allocation.acceptance.escalated", "case " + late.reference(),
					"force=" + late.investigatingForce() + ", due=" + late.dueOn());
			escalated++;
		}
		return escalated;
	}

	/** The investigating force accepts the case (its professional standards users or investigators). */
	@Transactional
	public Acceptance accept(String reference, SignedInUser by) {
		String force = requireInvestigatingForce(reference, by);
		if (!acceptances.accept(reference, force, by.getUsername(), clock.instant())) {
			throw new AllocationRefused("reference", "allocation.page.error.alreadyAccepted");
		}
		audit.record(by.getUsername(), "case.allocation.accepted", "case " + reference, "force=" + force);
		return acceptances.find(reference, today()).orElseThrow();
	}

	/**
	 * The investigating force declines the case, with its reason: it is treated as conflicted for this case and the
	 * rule runs again without it.
	 */
	@Transactional
	public CaseAllocation decline(String reference, String reason, SignedInUser by) {
		String force = requireInvestigatingForce(reference, by);
		requireReason(reason);
		var request = store.request(reference).orElseThrow();
		CaseAllocation current = store.find(reference).orElseThrow();
		Instant now = clock.instant();
		conflicts.mark(reference, force, "Declined by " + force + ": " + reason.trim(), by.getUsername(), now);
		AllocationDecision decision = allocator.decide(request.withAdministratorConflicts(conflicts.of(reference)));
		store.replace(reference, decision, by.getUsername(), "Declined by " + force + ": " + reason.trim(), now);
		allocator.awaitAcceptance(reference, decision.investigatingForce(), now);
		audit.record(by.getUsername(), "case.allocation.declined", "case " + reference,
				"force=" + force + ", reason=" + reason.trim() + ", now=" + decision.investigatingForce());
		announce(reference, decision.investigatingForce(), current.employingForce());
		return store.find(reference).orElseThrow();
	}

	private String requireInvestigatingForce(String reference, SignedInUser user) {
		CaseAllocation current = store.find(reference)
			.orElseThrow(() -> new AllocationRefused("reference", "allocation.page.error.noAllocation"));
		boolean casework = user.hasRole(Role.PROFESSIONAL_STANDARDS) || user.hasRole(Role.INVESTIGATOR);
		if (!casework || !user.organisation().isForce()
				|| !current.investigatingForce().equals(user.organisation().forceCode())) {
			throw new AccessDeniedException("Only the investigating force accepts or declines a case");
		}
		return current.investigatingForce();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
	}

	/** The IOPC's decision on how a referred case is investigated. */
	@Transactional
	public IopcReferral recordMode(String reference, IopcReferral.Mode mode, String directedForce, String reason,
			SignedInUser by) {
		if (!by.hasRole(Role.IOPC)) {
			throw new AccessDeniedException("Only the IOPC decides the mode of investigation");
		}
		IopcReferral referral = store.referral(reference)
			.filter(IopcReferral::required)
			.orElseThrow(() -> new AllocationRefused("reference", "allocation.page.error.notReferred"));
		requireReason(reason);
		if (mode == IopcReferral.Mode.DIRECTED && (directedForce == null || !forces.exists(directedForce))) {
			throw new AllocationRefused("directedForce", "allocation.page.error.directedForce");
		}
		String directed = mode == IopcReferral.Mode.DIRECTED ? directedForce : null;
		store.recordMode(reference, mode, directed, reason.trim(), by.getUsername(), clock.instant());
		audit.record(by.getUsername(), "case.iopc.mode", "case " + reference,
				"mode=" + mode + (directed == null ? "" : ", force=" + directed));
		return store.referral(reference).orElseThrow();
	}

	private void announce(String reference, String investigatingForce, String employingForce) {
		boolean referred = store.referral(reference).map(IopcReferral::required).orElse(false);
		events.publishEvent(new CaseAllocated(reference, investigatingForce, employingForce, true, referred));
	}

	private static void requireOverseer(SignedInUser user) {
		if (!user.hasRole(Role.IOPC) && !user.hasRole(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only the IOPC and administrators override allocations");
		}
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new AllocationRefused("reason", "allocation.page.error.reason");
		}
		if (reason.length() > 1000) {
			throw new AllocationRefused("reason", "allocation.page.error.reasonTooLong");
		}
	}

}
