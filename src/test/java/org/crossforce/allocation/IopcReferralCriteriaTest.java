package org.crossforce.allocation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.crossforce.reports.AbuseKind;
import org.crossforce.reports.AccusedRole;
import org.crossforce.reports.ReferralIndicators;
import org.crossforce.reports.ReportSubmitted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.allocation.Criterion.CHIEF_OFFICER;
import static org.crossforce.allocation.Criterion.DEATH_OR_SERIOUS_INJURY;
import static org.crossforce.allocation.Criterion.DISCRIMINATION;
import static org.crossforce.allocation.Criterion.RELEVANT_OFFENCE;
import static org.crossforce.allocation.Criterion.SAME_INCIDENT;
import static org.crossforce.allocation.Criterion.SERIOUS_ASSAULT;
import static org.crossforce.allocation.Criterion.SERIOUS_CORRUPTION;
import static org.crossforce.allocation.Criterion.SERIOUS_SEXUAL_OFFENCE;

/** The mandatory referral criteria, each met and not met, with the reason staff see. */
class IopcReferralCriteriaTest {

	private final IopcReferralCriteria criteria = new IopcReferralCriteria();

	@Test
	void domesticAbuseWithNoIndicatorIsNotAMandatoryReferral() {
		ReferralAssessment assessment = criteria.assess(new ReferralFacts(ReferralIndicators.NONE, AccusedRole.OFFICER,
				"Police Constable", EnumSet.of(AbuseKind.PHYSICAL_OR_SEXUAL, AbuseKind.PSYCHOLOGICAL_OR_EMOTIONAL,
						AbuseKind.ECONOMIC),
				false));

		assertThat(assessment.required()).isFalse();
		assertThat(assessment.met()).isEmpty();
		assertThat(assessment.criteria()).extracting(CriterionResult::criterion)
			.containsExactly(Criterion.values());
		assertThat(assessment.criteria()).allSatisfy(result -> {
			assertThat(result.met()).isFalse();
			assertThat(result.reason().code()).startsWith("allocation.criterion.").contains(".not");
		});
		assertThat(assessment.result(CHIEF_OFFICER).reason())
			.isEqualTo(new Reason("allocation.criterion.chiefOfficer.notChiefRank", List.of("Police Constable")));
		assertThat(assessment.summary()).isEqualTo(new Reason("allocation.referral.notRequired", List.of()));
	}

	static Stream<Arguments> eachIndicatorAndTheCriteriaItMeets() {
		return Stream.of(
				Arguments.of(new ReferralIndicators(true, false, false, false, false, false, false, false),
						Set.of(DEATH_OR_SERIOUS_INJURY, SERIOUS_ASSAULT)),
				Arguments.of(new ReferralIndicators(false, true, false, false, false, false, false, false),
						Set.of(SERIOUS_SEXUAL_OFFENCE)),
				Arguments.of(new ReferralIndicators(false, false, true, false, false, false, false, false),
						Set.of(SERIOUS_CORRUPTION)),
				Arguments.of(new ReferralIndicators(false, false, false, true, false, false, false, false),
						Set.of(DISCRIMINATION)),
				Arguments.of(new ReferralIndicators(false, false, false, false, true, false, false, false),
						Set.of(RELEVANT_OFFENCE)),
				// Risks for the investigating force to manage, not referral criteria.
				Arguments.of(new ReferralIndicators(false, false, false, false, false, true, false, false), Set.of()),
				Arguments.of(new ReferralIndicators(false, false, false, false, false, false, true, false), Set.of()),
				Arguments.of(new ReferralIndicators(false, false, false, false, false, false, false, true), Set.of()));
	}

	@ParameterizedTest
	@MethodSource
	void eachIndicatorAndTheCriteriaItMeets(ReferralIndicators indicators, Set<Criterion> expected) {
		ReferralAssessment assessment = criteria.assess(officer(indicators, "Sergeant"));

		assertThat(assessment.met()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(assessment.required()).isEqualTo(!expected.isEmpty());
		for (CriterionResult result : assessment.criteria()) {
			String code = result.reason().code();
			assertThat(code).as(result.criterion().name()).startsWith(result.criterion().messageCode() + ".");
			assertThat(code.endsWith(".met")).as(code).isEqualTo(result.met());
		}
	}

	@Test
	void aThreatToKillIsARelevantOffence() {
		ReferralAssessment assessment = criteria.assess(
				officer(new ReferralIndicators(false, false, false, false, true, false, false, false), null));

		assertThat(assessment.required()).isTrue();
		assertThat(assessment.result(RELEVANT_OFFENCE).met()).isTrue();
		assertThat(assessment.result(RELEVANT_OFFENCE).reason().code())
			.isEqualTo("allocation.criterion.relevantOffence.met");
		assertThat(assessment.summary()).isEqualTo(new Reason("allocation.referral.required", List.of(1)));
	}

	@Test
	void controllingOrCoerciveBehaviourAloneIsNotARelevantOffenceAndTheReasonSaysSo() {
		ReferralAssessment assessment = criteria.assess(new ReferralFacts(ReferralIndicators.NONE, AccusedRole.STAFF,
				null, Set.of(AbuseKind.CONTROLLING_OR_COERCIVE), false));

		assertThat(assessment.required()).isFalse();
		assertThat(assessment.result(RELEVANT_OFFENCE).reason().code())
			.isEqualTo("allocation.criterion.relevantOffence.coerciveControlNotRelevant");
	}

	@Test
	void severalCriteriaAreAllReported() {
		ReferralAssessment assessment = criteria.assess(officer(
				new ReferralIndicators(true, false, false, false, true, true, true, true), "Chief Constable"));

		assertThat(assessment.met()).containsExactly(DEATH_OR_SERIOUS_INJURY, SERIOUS_ASSAULT, RELEVANT_OFFENCE,
				CHIEF_OFFICER);
		assertThat(assessment.summary()).isEqualTo(new Reason("allocation.referral.required", List.of(4)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Chief Constable", "chief constable", "CHIEF CONSTABLE", "  Chief  Constable ",
			"Chief Constable of Kent Police", "CC", "Deputy Chief Constable", "Dep. Chief Constable", "DCC", "T/DCC",
			"Assistant Chief Constable", "Asst Chief Constable", "Asst. Chief Constable", "Assistant Chief-Constable",
			"ACC", "acc", "T/ACC", "A/ACC", "Temporary Assistant Chief Constable", "Acting Chief Constable",
			"Commissioner", "Commissioner of Police of the Metropolis", "Deputy Commissioner", "Dep Commr",
			"Assistant Commissioner", "AC", "Deputy Assistant Commissioner", "DAC", "Dep. Asst. Commissioner",
			"Commander", "Cmdr", "Cdr" })
	void chiefOfficerRanksAreMetHoweverTheyAreWritten(String rank) {
		CriterionResult result = criteria.assess(officer(ReferralIndicators.NONE, rank)).result(CHIEF_OFFICER);

		assertThat(result.met()).isTrue();
		assertThat(result.reason())
			.isEqualTo(new Reason("allocation.criterion.chiefOfficer.met", List.of(rank.strip())));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Inspector", "Chief Inspector", "Detective Chief Inspector", "Chief Insp",
			"Superintendent", "Chief Superintendent", "Detective Chief Superintendent", "Sergeant", "Police Constable",
			"Constable", "PC", "DC", "Special Constable", "Special Chief Officer", "Police and Crime Commissioner",
			"Chief Constable's staff officer", "Commandant" })
	void otherRanksAreNotChiefOfficers(String rank) {
		CriterionResult result = criteria.assess(officer(ReferralIndicators.NONE, rank)).result(CHIEF_OFFICER);

		assertThat(result.met()).isFalse();
		assertThat(result.reason())
			.isEqualTo(new Reason("allocation.criterion.chiefOfficer.notChiefRank", List.of(rank)));
	}

	@Test
	void withoutARankTheReasonSaysWhy() {
		assertThat(criteria.assess(officer(ReferralIndicators.NONE, " ")).result(CHIEF_OFFICER).reason().code())
			.isEqualTo("allocation.criterion.chiefOfficer.noRank");
		assertThat(criteria
			.assess(new ReferralFacts(ReferralIndicators.NONE, AccusedRole.PCSO, null, Set.of(), false))
			.result(CHIEF_OFFICER)
			.reason()
			.code()).isEqualTo("allocation.criterion.chiefOfficer.notAnOfficer");
	}

	@Test
	void theRankDecidesEvenWhenTheRoleWasRecordedWrongly() {
		assertThat(criteria
			.assess(new ReferralFacts(ReferralIndicators.NONE, AccusedRole.STAFF, "Chief Constable", Set.of(), false))
			.required()).isTrue();
	}

	@Test
	void theSameIncidentAsAReferredMatterIsACriterionAndANewReportIsNotLinkedYet() {
		ReportSubmitted report = new ReportSubmitted("CF-1", "kent", List.of(), "kent", null, AccusedRole.OFFICER,
				"Sergeant", Set.of(AbuseKind.ECONOMIC), ReferralIndicators.NONE, Instant.parse("2025-01-06T10:00:00Z"));
		ReferralFacts facts = ReferralFacts.of(report);

		assertThat(criteria.assess(facts).required()).isFalse();
		assertThat(criteria.assess(facts).result(SAME_INCIDENT).reason().code())
			.isEqualTo("allocation.criterion.sameIncident.notMet");
		ReferralFacts linked = new ReferralFacts(facts.indicators(), facts.accusedRole(), facts.accusedRank(),
				facts.abuseKinds(), true);
		assertThat(criteria.assess(linked).met()).containsExactly(SAME_INCIDENT);
	}

	private static ReferralFacts officer(ReferralIndicators indicators, String rank) {
		return new ReferralFacts(indicators, AccusedRole.OFFICER, rank, Set.of(AbuseKind.VIOLENT_OR_THREATENING),
				false);
	}

}
