package org.crossforce.supercomplaints.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.crossforce.identity.DesignatedBodies;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.supercomplaints.Stage;
import org.crossforce.supercomplaints.internal.Complaints.Header;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may do what with a super-complaint. Only an advocate of an organisation designated today drafts and submits,
 * and only for their own body; HMICFRS (inspectors), the College of Policing and the IOPC read complaints once
 * submitted, never drafts. Anyone else is refused with 403; a complaint the user may not know of is 404.
 */
@Component
class ComplaintAccess {

	static final Set<Role> ASSESSORS = EnumSet.of(Role.INSPECTOR, Role.COLLEGE, Role.IOPC);

	private final DesignatedBodies designated;

	private final Clock clock;

	ComplaintAccess(DesignatedBodies designated, Clock clock) {
		this.designated = designated;
		this.clock = clock;
	}

	/** Whether the user drafts for a designated body: an advocate of an organisation designated today. */
	boolean isDrafter(SignedInUser user) {
		return user.hasRole(Role.ADVOCATE)
				&& designated.isDesignated(user.organisation().code(), LocalDate.now(clock.withZone(Drafts.UK)));
	}

	static boolean isAssessor(SignedInUser user) {
		return ASSESSORS.stream().anyMatch(user::hasRole);
	}

	void requireDrafter(SignedInUser user) {
		if (!isDrafter(user)) {
			throw new AccessDeniedException("not a designated body's advocate");
		}
	}

	/** The user drafts for the body that made this complaint. */
	void requireBodyUser(SignedInUser user, Header header) {
		requireDrafter(user);
		if (!header.bodyCode().equals(user.organisation().code())) {
			throw notFound();
		}
	}

	boolean mayRead(SignedInUser user, Header header) {
		if (isAssessor(user)) {
			return header.stage() != Stage.DRAFT;
		}
		return user.hasRole(Role.ADVOCATE) && header.bodyCode().equals(user.organisation().code());
	}

	void requireReader(SignedInUser user, Header header) {
		if (!mayRead(user, header)) {
			throw notFound();
		}
	}

	static void requireRole(SignedInUser user, Role role) {
		if (!user.hasRole(role)) {
			throw new AccessDeniedException("needs " + role);
		}
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
