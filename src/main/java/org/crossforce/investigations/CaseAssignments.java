package org.crossforce.investigations;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.audit.AuditLog;
import org.crossforce.cases.AccessDecision;
import org.crossforce.cases.CaseAccessRefused;
import org.crossforce.cases.CaseFiles;
import org.crossforce.cases.CaseRelation;
import org.crossforce.cases.CaseResource;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.identity.StaffDirectory;
import org.crossforce.identity.StaffDirectory.StaffMember;
import org.crossforce.investigations.internal.InvestigationStore;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who investigates each case and who supervises them. The investigating force's professional standards department
 * names them: two different enabled users of that force who investigate or work in professional standards. They are
 * the people told when one of the case's Victims' Code duties becomes overdue.
 */
@Service
public class CaseAssignments {

	private final CaseFiles cases;

	private final InvestigationStore store;

	private final StaffDirectory staff;

	private final Allocations allocations;

	private final AuditLog audit;

	private final Clock clock;

	private final MessageSource messages;

	CaseAssignments(CaseFiles cases, InvestigationStore store, StaffDirectory staff, Allocations allocations,
			AuditLog audit, Clock clock, MessageSource messages) {
		this.cases = cases;
		this.store = store;
		this.staff = staff;
		this.allocations = allocations;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * @throws CaseAccessRefused when the user is not in the investigating force's professional standards department
	 * @throws InvalidInput naming {@code investigator} or {@code supervisor} when either is missing or not such a user,
	 * or when both are the same person
	 */
	@Transactional
	public Timeline.Assignment assign(SignedInUser user, String reference, String investigator, String supervisor) {
		if (!user.hasRole(Role.PROFESSIONAL_STANDARDS)) {
			throw new CaseAccessRefused(new AccessDecision(AccessDecision.Outcome.REFUSED,
					CaseRelation.INVESTIGATING_FORCE, "investigations.refused.assign"),
					messages.getMessage("investigations.refused.assign", null, LocaleContextHolder.getLocale()));
		}
		return cases.read(user, reference, CaseResource.INVESTIGATION_STEPS, "assign", () -> {
			String force = allocations.of(reference).map(CaseAllocation::investigatingForce).orElseThrow();
			String chosenInvestigator = caseworker("investigator", investigator, force);
			String chosenSupervisor = caseworker("supervisor", supervisor, force);
			if (chosenInvestigator.equals(chosenSupervisor)) {
				throw new InvalidInput("supervisor", "investigations.error.sameSupervisor");
			}
			store.assign(reference, chosenInvestigator, chosenSupervisor, user.getUsername(), clock.instant());
			audit.record(user.getUsername(), "case.assigned", "case " + reference,
					"investigator=" + chosenInvestigator + ", supervisor=" + chosenSupervisor);
			return store.assignment(reference).orElseThrow();
		});
	}

	/** The case's investigator and supervisor, for the module's own pages and checks; decides no access. */
	@Transactional(readOnly = true)
	public Optional<Timeline.Assignment> of(String reference) {
		return store.assignment(reference);
	}

	/** The members of staff who may be named as a case's investigator or supervisor in a force, by username. */
	@Transactional(readOnly = true)
	public List<StaffMember> caseworkers(String force) {
		Map<String, StaffMember> byName = new TreeMap<>();
		for (Role role : List.of(Role.INVESTIGATOR, Role.PROFESSIONAL_STANDARDS)) {
			staff.withRole(force, role).forEach(member -> byName.putIfAbsent(member.username(), member));
		}
		return List.copyOf(byName.values());
	}

	private String caseworker(String field, String username, String force) {
		if (username == null || username.isBlank()) {
			throw new InvalidInput(field, "investigations.error." + field + "Required");
		}
		String wanted = username.trim().toLowerCase(Locale.ROOT);
		return staff.find(wanted, force, Role.INVESTIGATOR)
			.or(() -> staff.find(wanted, force, Role.PROFESSIONAL_STANDARDS))
			.map(StaffMember::username)
			.orElseThrow(() -> new InvalidInput(field, "investigations.error.notCaseworker"));
	}

}
