package org.crossforce.allocation.internal;

import org.crossforce.allocation.CaseAllocated;
import org.crossforce.identity.Role;
import org.crossforce.notifications.Notifications;
import org.crossforce.notifications.StaffNotice;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the investigating force's professional standards department that a case is theirs to accept, whenever a
 * case is allocated or allocated again. It runs in the allocation's own transaction, so the notice is queued exactly
 * when the allocation is kept; the notice names no case.
 */
@Component
class TellTheInvestigatingForce {

	private final Notifications notifications;

	TellTheInvestigatingForce(Notifications notifications) {
		this.notifications = notifications;
	}

	@EventListener
	void on(CaseAllocated allocated) {
		notifications.notifyOrganisation(allocated.investigatingForce(), Role.PROFESSIONAL_STANDARDS,
				StaffNotice.CASE_ALLOCATED);
	}

}
