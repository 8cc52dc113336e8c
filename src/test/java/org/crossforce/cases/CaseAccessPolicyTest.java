package org.crossforce.cases;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossforce.cases.AccessDecision.Outcome;
import org.crossforce.identity.Organisation;
import org.crossforce.identity.OrganisationKind;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The access matrix: every role, in every relation to a case, against every resource. The expected answers are
 * written out here, resource by resource; a resource added to {@link CaseResource} without a line below fails this
 * test, so nobody can add one without deciding who may see it.
 */
class CaseAccessPolicyTest {

	/** Who may read each resource, by relation: the roles listed are allowed, every other role is refused. */
	static final Map<CaseResource, Map<CaseRelation, Set<Role>>> EXPECTED = new EnumMap<>(CaseResource.class);

	static {
		Set<Role> casework = EnumSet.of(Role.PROFESSIONAL_STANDARDS, Role.INVESTIGATOR);
		expect(CaseResource.SUMMARY, Map.of(CaseRelation.INVESTIGATING_FORCE, casework,
				CaseRelation.REFERRING_ORGANISATION, EnumSet.of(Role.ADVOCATE), CaseRelation.IOPC_REFERRED,
				EnumSet.of(Role.IOPC), CaseRelation.IOPC_OVERSIGHT, EnumSet.of(Role.IOPC), CaseRelation.ADMINISTRATION,
				EnumSet.of(Role.ADMINISTRATOR)));
		for (CaseResource victimData : List.of(CaseResource.VICTIM_IDENTITY, CaseResource.ACCOUNT,
				CaseResource.FILES, CaseResource.MESSAGES)) {
			expect(victimData, Map.of(CaseRelation.INVESTIGATING_FORCE, casework, CaseRelation.REFERRING_ORGANISATION,
					EnumSet.of(Role.ADVOCATE), CaseRelation.IOPC_REFERRED, EnumSet.of(Role.IOPC)));
		}
		expect(CaseResource.CONDUCT_NOTICE, Map.of(CaseRelation.INVESTIGATING_FORCE, casework,
				CaseRelation.EMPLOYING_FORCE, EnumSet.of(Role.PROFESSIONAL_STANDARDS), CaseRelation.IOPC_REFERRED,
				EnumSet.of(Role.IOPC), CaseRelation.IOPC_OVERSIGHT, EnumSet.of(Role.IOPC)));
		expect(CaseResource.TIMELINE, Map.of(CaseRelation.INVESTIGATING_FORCE, casework,
				CaseRelation.REFERRING_ORGANISATION, EnumSet.of(Role.ADVOCATE), CaseRelation.IOPC_REFERRED,
				EnumSet.of(Role.IOPC), CaseRelation.IOPC_OVERSIGHT, EnumSet.of(Role.IOPC)));
		expect(CaseResource.INVESTIGATION_STEPS, Map.of(CaseRelation.INVESTIGATING_FORCE, casework,
				CaseRelation.IOPC_REFERRED, EnumSet.of(Role.IOPC)));
		expect(CaseResource.AUDIT_TRAIL, Map.of(CaseRelation.INVESTIGATING_FORCE, casework,
				CaseRelation.IOPC_REFERRED, EnumSet.of(Role.IOPC), CaseRelation.IOPC_OVERSIGHT, EnumSet.of(Role.IOPC),
				CaseRelation.ADMINISTRATION, EnumSet.of(Role.ADMINISTRATOR)));
	}

	static void expect(CaseResource resource, Map<CaseRelation, Set<Role>> allowed) {
		EXPECTED.put(resource, allowed);
	}

	final CaseAccessPolicy policy = new CaseAccessPolicy();

	@Test
	void everyRoleRelationAndResourceGetsTheWrittenAnswer() {
		List<String> wrong = new ArrayList<>();
		for (CaseResource resource : CaseResource.values()) {
			Map<CaseRelation, Set<Role>> allowed = EXPECTED.get(resource);
			if (allowed == null) {
				fail("No access rule written down for " + resource + ": add it to EXPECTED");
			}
			for (CaseRelation relation : CaseRelation.values()) {
				for (Role role : Role.values()) {
					SignedInUser user = userIn(relation, role);
					CaseParties parties = partiesFor(relation, true);
					assertThat(policy.relationOf(user, parties)).as("relation of %s", relation).isEqualTo(relation);
					boolean expected = allowed.getOrDefault(relation, Set.of()).contains(role);
					AccessDecision decision = policy.decide(user, parties, resource);
					if (decision.allowed() != expected) {
						wrong.add(role + " in " + relation + " reading " + resource + ": " + decision.outcome());
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void conflictedForcesAreRefusedAsConflictedSoAnAlertIsRaised() {
		for (CaseResource resource : CaseResource.values()) {
			for (Role role : Role.values()) {
				AccessDecision conflicted = policy.decide(userIn(CaseRelation.CONFLICTED_FORCE, role),
						partiesFor(CaseRelation.CONFLICTED_FORCE, true), resource);
				assertThat(conflicted.outcome()).isEqualTo(Outcome.REFUSED_CONFLICTED);
				AccessDecision employer = policy.decide(userIn(CaseRelation.EMPLOYING_FORCE, role),
						partiesFor(CaseRelation.EMPLOYING_FORCE, true), resource);
				if (!employer.allowed()) {
					assertThat(employer.outcome()).as("%s %s", role, resource).isEqualTo(Outcome.REFUSED_CONFLICTED);
				}
			}
		}
	}

	@Test
	void withoutTheVictimsConsentTheInvestigatingForceSeesNoneOfTheirDetails() {
		SignedInUser investigator = userIn(CaseRelation.INVESTIGATING_FORCE, Role.INVESTIGATOR);
		CaseParties noConsent = partiesFor(CaseRelation.INVESTIGATING_FORCE, false);
		for (CaseResource resource : List.of(CaseResource.VICTIM_IDENTITY, CaseResource.ACCOUNT, CaseResource.FILES)) {
			assertThat(policy.decide(investigator, noConsent, resource).allowed()).isFalse();
		}
		assertThat(policy.decide(investigator, noConsent, CaseResource.SUMMARY).allowed()).isTrue();
	}

	@Test
	void beforeAllocationNoForceIsTheInvestigatingForce() {
		CaseParties unallocated = new CaseParties("CF-1", null, "kent", Set.of("kent"), null, false, true);
		assertThat(policy.relationOf(userIn(CaseRelation.UNRELATED, Role.INVESTIGATOR), unallocated))
			.isEqualTo(CaseRelation.UNRELATED);
	}

	@Test
	void theInvestigatingForceSeesNoneOfTheVictimsDetailsUntilItDeclaresNoConnection() {
		CaseParties undeclared = partiesFor(CaseRelation.INVESTIGATING_FORCE, true).withDeclarations(Set.of(), Set.of());
		for (Role role : List.of(Role.PROFESSIONAL_STANDARDS, Role.INVESTIGATOR)) {
			SignedInUser caseworker = userIn(CaseRelation.INVESTIGATING_FORCE, role);
			for (CaseResource resource : List.of(CaseResource.VICTIM_IDENTITY, CaseResource.ACCOUNT,
					CaseResource.FILES, CaseResource.MESSAGES)) {
				AccessDecision decision = policy.decide(caseworker, undeclared, resource);
				assertThat(decision.outcome()).as("%s %s", role, resource).isEqualTo(Outcome.REFUSED);
				assertThat(decision.reason()).isEqualTo("cases.refused.notDeclared");
			}
			for (CaseResource resource : List.of(CaseResource.SUMMARY, CaseResource.CONDUCT_NOTICE,
					CaseResource.AUDIT_TRAIL, CaseResource.TIMELINE, CaseResource.INVESTIGATION_STEPS)) {
				assertThat(policy.decide(caseworker, undeclared, resource).allowed()).as("%s %s", role, resource)
					.isTrue();
			}
		}
		// Someone else's declaration is not theirs.
		CaseParties colleagueDeclared = undeclared.withDeclarations(Set.of("colleague@example.org"), Set.of());
		assertThat(policy.decide(userIn(CaseRelation.INVESTIGATING_FORCE, Role.INVESTIGATOR), colleagueDeclared,
				CaseResource.VICTIM_IDENTITY).reason()).isEqualTo("cases.refused.notDeclared");
		// Without consent, declaring opens nothing: consent is asked first.
		assertThat(policy.decide(userIn(CaseRelation.INVESTIGATING_FORCE, Role.INVESTIGATOR),
				partiesFor(CaseRelation.INVESTIGATING_FORCE, false), CaseResource.VICTIM_IDENTITY).reason())
			.isEqualTo("cases.refused.noConsent");
	}

	@Test
	void whoeverDeclaredAConnectionIsRefusedEverythingAsConflicted() {
		for (CaseRelation relation : CaseRelation.values()) {
			CaseParties connected = partiesFor(relation, true).withDeclarations(Set.of(), Set.of("someone@example.org"));
			for (Role role : Role.values()) {
				for (CaseResource resource : CaseResource.values()) {
					AccessDecision decision = policy.decide(userIn(relation, role), connected, resource);
					assertThat(decision.outcome()).as("%s %s %s", relation, role, resource)
						.isEqualTo(Outcome.REFUSED_CONFLICTED);
					assertThat(decision.reason()).isEqualTo("cases.refused.declaredConnection");
					assertThat(decision.relation()).isEqualTo(relation);
				}
			}
		}
		// A colleague's declared connection removes only the colleague.
		CaseParties colleague = partiesFor(CaseRelation.INVESTIGATING_FORCE, true)
			.withDeclarations(Set.of("someone@example.org"), Set.of("colleague@example.org"));
		assertThat(policy.decide(userIn(CaseRelation.INVESTIGATING_FORCE, Role.INVESTIGATOR), colleague,
				CaseResource.VICTIM_IDENTITY).allowed()).isTrue();
	}

	@Test
	void onlyTheInvestigatingForcesCaseworkersMayDeclare() {
		for (CaseRelation relation : CaseRelation.values()) {
			for (Role role : Role.values()) {
				AccessDecision decision = policy.mayDeclare(userIn(relation, role), partiesFor(relation, true));
				boolean caseworker = relation == CaseRelation.INVESTIGATING_FORCE
						&& (role == Role.PROFESSIONAL_STANDARDS || role == Role.INVESTIGATOR);
				assertThat(decision.allowed()).as("%s %s", relation, role).isEqualTo(caseworker);
				if (relation == CaseRelation.EMPLOYING_FORCE || relation == CaseRelation.CONFLICTED_FORCE) {
					assertThat(decision.outcome()).isEqualTo(Outcome.REFUSED_CONFLICTED);
				}
			}
		}
	}

	/**
	 * A case allocated to Surrey, about a Met employee who served in Essex before, recorded by a support service.
	 * The test user has declared no connection, so the matrix reads as it would for anyone who has.
	 */
	static CaseParties partiesFor(CaseRelation relation, boolean consent) {
		return new CaseParties("CF-TEST-0001", "surrey", "metropolitan", Set.of("metropolitan", "essex"),
				"support-demo", relation == CaseRelation.IOPC_REFERRED, consent, Set.of("someone@example.org"),
				Set.of());
	}

	static SignedInUser userIn(CaseRelation relation, Role role) {
		Organisation organisation = switch (relation) {
			case INVESTIGATING_FORCE -> force("surrey");
			case EMPLOYING_FORCE -> force("metropolitan");
			case CONFLICTED_FORCE -> force("essex");
			case REFERRING_ORGANISATION -> new Organisation(2, "support-demo", "Support", OrganisationKind.SUPPORT_SERVICE,
					null, null);
			case IOPC_REFERRED, IOPC_OVERSIGHT -> new Organisation(3, "iopc", "IOPC", OrganisationKind.IOPC, null, null);
			case ADMINISTRATION -> new Organisation(4, "crossforce", "Admin", OrganisationKind.SYSTEM, null, null);
			case UNRELATED -> force("cumbria");
		};
		return new SignedInUser(1, "someone@example.org", "Someone", organisation, EnumSet.of(role), true, null);
	}

	static Organisation force(String code) {
		return new Organisation(10, code, code, OrganisationKind.FORCE, code, null);
	}

}
