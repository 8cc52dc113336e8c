package org.crossforce.allocation;

import java.util.List;

import org.crossforce.reports.AbuseKind;
import org.crossforce.reports.AccusedRole;
import org.crossforce.reports.ReferralIndicators;

/**
 * Evaluates the IOPC mandatory referral criteria ({@link Criterion}) against what a report says, giving a reason
 * for every criterion, met or not. Domestic abuse is not itself a criterion: a report with none of the indicators
 * below is not a mandatory referral, and the assessment says so. The reporter's answers are indicators, not
 * findings: the appropriate authority keeps its own duty to refer, and may refer any case voluntarily.
 * <p>
 * Which answer meets which criterion, and why:
 * <ul>
 * <li>serious injury: death or serious injury, and serious assault, since an assault that causes serious injury is
 * serious on any reading of the IOPC's guidance (which decides what else is);</li>
 * <li>a sexual offence: serious sexual offence;</li>
 * <li>use of the police role or powers: serious corruption, which regulation 4(1)(a)(iii) says includes abuse of
 * position for a sexual purpose or to pursue an improper emotional relationship;</li>
 * <li>hostility to race, religion, sexuality, disability or gender identity: discrimination;</li>
 * <li>threats to kill: relevant offence, as a threat to kill (Offences against the Person Act 1861 s.16) carries up
 * to 10 years' imprisonment, over the 7 that make an offence relevant.</li>
 * </ul>
 * Controlling or coercive behaviour is not a relevant offence: its maximum is 5 years on indictment (Serious Crime
 * Act 2015 s.76(11)); the Domestic Abuse Act 2021 s.68 widened who it protects but left the maximum alone. Access to
 * firearms or to police systems, and being told one will not be believed, are risks for the investigating force to
 * manage, not criteria: "could use police systems" is not conduct, and actual misuse is asked as use of position.
 */
public final class IopcReferralCriteria {

	public ReferralAssessment assess(ReferralFacts facts) {
		ReferralIndicators said = facts.indicators();
		List<CriterionResult> criteria = List.of(
				result(Criterion.DEATH_OR_SERIOUS_INJURY, said.seriousInjury(), ReasonCode.DEATH_OR_SERIOUS_INJURY_MET,
						ReasonCode.DEATH_OR_SERIOUS_INJURY_NOT_MET),
				result(Criterion.SERIOUS_ASSAULT, said.seriousInjury(), ReasonCode.SERIOUS_ASSAULT_MET,
						ReasonCode.SERIOUS_ASSAULT_NOT_MET),
				result(Criterion.SERIOUS_SEXUAL_OFFENCE, said.sexualOffence(), ReasonCode.SERIOUS_SEXUAL_OFFENCE_MET,
						ReasonCode.SERIOUS_SEXUAL_OFFENCE_NOT_MET),
				result(Criterion.SERIOUS_CORRUPTION, said.abuseOfPosition(), ReasonCode.SERIOUS_CORRUPTION_MET,
						ReasonCode.SERIOUS_CORRUPTION_NOT_MET),
				result(Criterion.DISCRIMINATION, said.discrimination(), ReasonCode.DISCRIMINATION_MET,
						ReasonCode.DISCRIMINATION_NOT_MET),
				relevantOffence(said, facts),
				result(Criterion.SAME_INCIDENT, facts.sameIncidentAsReferred(), ReasonCode.SAME_INCIDENT_MET,
						ReasonCode.SAME_INCIDENT_NOT_MET),
				chiefOfficer(facts));
		int met = (int) criteria.stream().filter(CriterionResult::met).count();
		return new ReferralAssessment(met > 0, criteria,
				met > 0 ? ReasonCode.REFERRAL_REQUIRED.with(met) : ReasonCode.REFERRAL_NOT_REQUIRED.with());
	}

	private static CriterionResult result(Criterion criterion, boolean met, ReasonCode ifMet, ReasonCode ifNot) {
		return new CriterionResult(criterion, met, (met ? ifMet : ifNot).with());
	}

	/** Naming coercive control where it was reported, because that is the offence people expect to count. */
	private static CriterionResult relevantOffence(ReferralIndicators said, ReferralFacts facts) {
		if (said.threatsToKill()) {
			return new CriterionResult(Criterion.RELEVANT_OFFENCE, true, ReasonCode.RELEVANT_OFFENCE_MET.with());
		}
		ReasonCode why = facts.abuseKinds().contains(AbuseKind.CONTROLLING_OR_COERCIVE)
				? ReasonCode.COERCIVE_CONTROL_NOT_RELEVANT : ReasonCode.RELEVANT_OFFENCE_NOT_MET;
		return new CriterionResult(Criterion.RELEVANT_OFFENCE, false, why.with());
	}

	/**
	 * The rank decides, whatever role was picked: a chief officer recorded as staff by mistake is still a chief
	 * officer, and a wrong referral costs less than a missed one.
	 */
	private static CriterionResult chiefOfficer(ReferralFacts facts) {
		String rank = facts.accusedRank();
		Reason why;
		if (rank != null) {
			boolean chief = ChiefOfficerRanks.isChiefOfficer(rank);
			why = chief ? ReasonCode.CHIEF_OFFICER_MET.with(rank) : ReasonCode.NOT_A_CHIEF_OFFICER_RANK.with(rank);
			return new CriterionResult(Criterion.CHIEF_OFFICER, chief, why);
		}
		why = facts.accusedRole() == AccusedRole.OFFICER ? ReasonCode.NO_RANK.with()
				: ReasonCode.NOT_AN_OFFICER.with();
		return new CriterionResult(Criterion.CHIEF_OFFICER, false, why);
	}

}
