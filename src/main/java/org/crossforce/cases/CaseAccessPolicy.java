package org.crossforce.cases;

import java.util.Set;

import org.crossforce.cases.AccessDecision.Outcome;
import org.crossforce.identity.OrganisationKind;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;

import org.springframework.stereotype.Component;

/**
 * The one place that decides who may read what of a case. Deny by default: a user gets a resource only through a
 * relation to the case and a role that the table below grants. Everything that shows case data asks this first.
 */
@Component
public class CaseAccessPolicy {

	private static final Set<Role> FORCE_CASEWORK = Set.of(Role.PROFESSIONAL_STANDARDS, Role.INVESTIGATOR);

	public CaseRelation relationOf(SignedInUser user, CaseParties parties) {
		var organisation = user.organisation();
		if (organisation.isForce()) {
			String force = organisation.forceCode();
			if (force.equals(parties.investigatingForce())) {
				return CaseRelation.INVESTIGATING_FORCE;
			}
			if (force.equals(parties.employingForce())) {
				return CaseRelation.EMPLOYING_FORCE;
			}
			if (parties.conflictedForces().contains(force)) {
				return CaseRelation.CONFLICTED_FORCE;
			}
		}
		if (organisation.code().equals(parties.referringOrganisation())) {
			return CaseRelation.REFERRING_ORGANISATION;
		}
		if (organisation.kind() == OrganisationKind.IOPC) {
			return parties.referredToIopc() ? CaseRelation.IOPC_REFERRED : CaseRelation.IOPC_OVERSIGHT;
		}
		if (organisation.kind() == OrganisationKind.SYSTEM) {
			return CaseRelation.ADMINISTRATION;
		}
		return CaseRelation.UNRELATED;
	}

	public AccessDecision decide(SignedInUser user, CaseParties parties, CaseResource resource) {
		CaseRelation relation = relationOf(user, parties);
		if (parties.declaredConnection().contains(user.getUsername())) {
			// They said they know the accused or the victim: nothing of this case reaches them again.
			return new AccessDecision(Outcome.REFUSED_CONFLICTED, relation, "cases.refused.declaredConnection");
		}
		return switch (relation) {
			case INVESTIGATING_FORCE -> investigatingForce(user, parties, resource, relation);
			case EMPLOYING_FORCE -> resource == CaseResource.CONDUCT_NOTICE
					&& user.hasRole(Role.PROFESSIONAL_STANDARDS) ? allow(relation)
							: new AccessDecision(Outcome.REFUSED_CONFLICTED, relation, "cases.refused.employingForce");
			case CONFLICTED_FORCE ->
				new AccessDecision(Outcome.REFUSED_CONFLICTED, relation, "cases.refused.conflictedForce");
			case REFERRING_ORGANISATION -> user.hasRole(Role.ADVOCATE) && Set
				.of(CaseResource.SUMMARY, CaseResource.VICTIM_IDENTITY, CaseResource.ACCOUNT, CaseResource.FILES,
						CaseResource.TIMELINE, CaseResource.MESSAGES)
				.contains(resource) ? allow(relation) : refuse(relation, "cases.refused.notForAdvocates");
			case IOPC_REFERRED -> user.hasRole(Role.IOPC) ? allow(relation) : refuse(relation, "cases.refused.role");
			case IOPC_OVERSIGHT -> user.hasRole(Role.IOPC) && Set
				.of(CaseResource.SUMMARY, CaseResource.CONDUCT_NOTICE, CaseResource.AUDIT_TRAIL, CaseResource.TIMELINE)
				.contains(resource) ? allow(relation) : refuse(relation, "cases.refused.notReferred");
			case ADMINISTRATION -> user.hasRole(Role.ADMINISTRATOR)
					&& (resource == CaseResource.SUMMARY || resource == CaseResource.AUDIT_TRAIL) ? allow(relation)
							: refuse(relation, "cases.refused.separationOfDuties");
			case UNRELATED -> refuse(relation, "cases.refused.unrelated");
		};
	}

	private static AccessDecision investigatingForce(SignedInUser user, CaseParties parties, CaseResource resource,
			CaseRelation relation) {
		if (user.roles().stream().noneMatch(FORCE_CASEWORK::contains)) {
			return refuse(relation, "cases.refused.role");
		}
		return switch (resource) {
			case SUMMARY, CONDUCT_NOTICE, AUDIT_TRAIL, TIMELINE, INVESTIGATION_STEPS -> allow(relation);
			case VICTIM_IDENTITY, ACCOUNT, FILES, MESSAGES -> victimData(user, parties, relation);
		};
	}

	/** The victim's details need their consent, and then the reader's declaration that they know neither party. */
	private static AccessDecision victimData(SignedInUser user, CaseParties parties, CaseRelation relation) {
		if (!parties.victimConsentsToShare()) {
			return refuse(relation, "cases.refused.noConsent");
		}
		if (!parties.declaredNoConnection().contains(user.getUsername())) {
			return refuse(relation, "cases.refused.notDeclared");
		}
		return allow(relation);
	}

	/**
	 * Whether the user may declare, for this case, whether they have a connection with the accused or the victim:
	 * only the investigating force's caseworkers, whose access to the victim's details depends on it. Whether they
	 * have declared already is not decided here.
	 */
	public AccessDecision mayDeclare(SignedInUser user, CaseParties parties) {
		CaseRelation relation = relationOf(user, parties);
		return switch (relation) {
			case INVESTIGATING_FORCE -> user.roles().stream().anyMatch(FORCE_CASEWORK::contains) ? allow(relation)
					: refuse(relation, "cases.refused.role");
			case EMPLOYING_FORCE ->
				new AccessDecision(Outcome.REFUSED_CONFLICTED, relation, "cases.refused.employingForce");
			case CONFLICTED_FORCE ->
				new AccessDecision(Outcome.REFUSED_CONFLICTED, relation, "cases.refused.conflictedForce");
			case UNRELATED -> refuse(relation, "cases.refused.unrelated");
			default -> refuse(relation, "cases.refused.declarationByInvestigatingForce");
		};
	}

	private static AccessDecision allow(CaseRelation relation) {
		return new AccessDecision(Outcome.ALLOWED, relation, "cases.allowed");
	}

	private static AccessDecision refuse(CaseRelation relation, String reason) {
		return new AccessDecision(Outcome.REFUSED, relation, reason);
	}

}
