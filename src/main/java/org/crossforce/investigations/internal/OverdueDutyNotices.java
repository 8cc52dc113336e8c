package org.crossforce.investigations.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.audit.AuditLog;
import org.crossforce.identity.Role;
import org.crossforce.investigations.Timeline;
import org.crossforce.notifications.Notifications;
import org.crossforce.notifications.StaffNotice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people when a Victims' Code duty passes its deadline undone: the case's investigator and supervisor, or,
 * where nobody is assigned, the investigating force's professional standards department. Each duty is notified once;
 * the notice names no case (see {@link StaffNotice}), the audit log records whom it went to.
 */
@Service
public class OverdueDutyNotices {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	static final String SYSTEM = "system";

	private final InvestigationStore store;

	private final Allocations allocations;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	OverdueDutyNotices(InvestigationStore store, Allocations allocations, Notifications notifications, AuditLog audit,
			Clock clock) {
		this.store = store;
		this.allocations = allocations;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** Notifies every overdue duty not notified before; returns how many were notified. */
	@Transactional
	public int notifyOverdueDuties() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, UK);
		int notified = 0;
		for (InvestigationStore.OpenDuty duty : store.overdueNotNotified(today)) {
			if (!store.markOverdueNotified(duty.id(), now)) {
				continue;
			}
			String told = notify(duty.reference());
			audit.record(SYSTEM, "case.duty.overdueNotified", "case " + duty.reference(), "duty=" + duty.id()
					+ ", kind=" + duty.kind() + ", dueOn=" + duty.dueOn() + ", notified=" + told);
			notified++;
		}
		return notified;
	}

	private String notify(String reference) {
		Optional<Timeline.Assignment> assignment = store.assignment(reference);
		if (assignment.isPresent()) {
			List<String> people = List.of(assignment.get().investigator(), assignment.get().supervisor());
			people.forEach(username -> notifications.notifyUser(username, StaffNotice.DUTY_OVERDUE));
			return String.join(" ", people);
		}
		return allocations.of(reference).map(CaseAllocation::investigatingForce).map(force -> {
			notifications.notifyOrganisation(force, Role.PROFESSIONAL_STANDARDS, StaffNotice.DUTY_OVERDUE);
			return Role.PROFESSIONAL_STANDARDS + "@" + force;
		}).orElse("nobody");
	}

}
