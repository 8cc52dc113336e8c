package org.crossforce.investigations;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.crossforce.investigations.Phase.Classification;
import org.crossforce.investigations.Phase.Contact;
import org.crossforce.investigations.Phase.CrimeRecording;
import org.crossforce.investigations.Phase.Criminal;
import org.crossforce.investigations.Phase.Misconduct;
import org.crossforce.investigations.Phase.Review;

/**
 * Every legal step, written once: from which phase of its track it may be recorded, and the phase it leads to.
 * Anything not listed here is refused. Misconduct outcomes follow the Police (Conduct) Regulations 2020: a meeting
 * can end in no more than a final written warning; only a gross misconduct hearing can reduce rank or dismiss.
 * <p>
 * A step may also need another track to have reached a phase: a review can only be asked for once the criminal track
 * has ended in no further action (Victims' Right to Review covers decisions not to charge).
 */
public final class TransitionTable {

	private static final Map<Step, Map<Phase, Phase>> TABLE = new EnumMap<>(Step.class);

	private static final Map<Step, Phase> REQUIRES = new EnumMap<>(Step.class);

	static {
		allow(Step.VICTIM_CONTACTED, Contact.ONGOING, Contact.ONGOING);

		for (Criminal from : new Criminal[] { Criminal.NOT_STARTED, Criminal.RELEASED_WITHOUT_CHARGE, Criminal.ON_BAIL,
				Criminal.RELEASED_UNDER_INVESTIGATION }) {
			allow(Step.SUSPECT_ARRESTED, from, Criminal.IN_CUSTODY);
			allow(Step.INTERVIEWED_UNDER_CAUTION, from, from);
			allow(Step.REFERRED_TO_CPS, from, Criminal.WITH_THE_CPS);
		}
		allow(Step.INTERVIEWED_UNDER_CAUTION, Criminal.IN_CUSTODY, Criminal.IN_CUSTODY);
		allow(Step.REFERRED_TO_CPS, Criminal.IN_CUSTODY, Criminal.WITH_THE_CPS);
		allow(Step.RELEASED_WITHOUT_CHARGE, Criminal.IN_CUSTODY, Criminal.RELEASED_WITHOUT_CHARGE);
		allow(Step.BAILED, Criminal.IN_CUSTODY, Criminal.ON_BAIL);
		allow(Step.BAILED, Criminal.WITH_THE_CPS, Criminal.ON_BAIL);
		allow(Step.RELEASED_UNDER_INVESTIGATION, Criminal.IN_CUSTODY, Criminal.RELEASED_UNDER_INVESTIGATION);
		allow(Step.RELEASED_UNDER_INVESTIGATION, Criminal.ON_BAIL, Criminal.RELEASED_UNDER_INVESTIGATION);
		allow(Step.BAIL_CHANGED, Criminal.ON_BAIL, Criminal.ON_BAIL);
		// Domestic abuse charging decisions are the CPS's, so a charge follows a referral to it.
		allow(Step.CHARGED, Criminal.WITH_THE_CPS, Criminal.CHARGED);
		// After a charge only the court's outcome follows; a conviction or acquittal ends the track.
		allow(Step.CONVICTED, Criminal.CHARGED, Criminal.CONVICTED);
		allow(Step.ACQUITTED, Criminal.CHARGED, Criminal.ACQUITTED);
		for (Criminal from : Criminal.values()) {
			if (from != Criminal.CHARGED && from != Criminal.NO_FURTHER_ACTION && from != Criminal.CONVICTED
					&& from != Criminal.ACQUITTED) {
				allow(Step.NO_FURTHER_ACTION, from, Criminal.NO_FURTHER_ACTION);
			}
		}

		allow(Step.CRIME_RECORDED, CrimeRecording.NOT_DECIDED, CrimeRecording.RECORDED_CRIME);
		allow(Step.INCIDENT_ONLY_RECORDED, CrimeRecording.NOT_DECIDED, CrimeRecording.INCIDENT_ONLY);
		allow(Step.CLASSIFIED_AS_COMPLAINT, Classification.NOT_CLASSIFIED, Classification.COMPLAINT);
		allow(Step.CLASSIFIED_AS_CONDUCT_MATTER, Classification.NOT_CLASSIFIED, Classification.CONDUCT_MATTER);

		allow(Step.ASSESSED_AS_NO_MISCONDUCT, Misconduct.NOT_ASSESSED, Misconduct.NO_MISCONDUCT);
		allow(Step.ASSESSED_AS_MISCONDUCT, Misconduct.NOT_ASSESSED, Misconduct.MISCONDUCT_ASSESSED);
		allow(Step.ASSESSED_AS_GROSS_MISCONDUCT, Misconduct.NOT_ASSESSED, Misconduct.GROSS_MISCONDUCT_ASSESSED);
		allow(Step.MISCONDUCT_INVESTIGATION_STARTED, Misconduct.MISCONDUCT_ASSESSED,
				Misconduct.INVESTIGATING_MISCONDUCT);
		allow(Step.MISCONDUCT_INVESTIGATION_STARTED, Misconduct.GROSS_MISCONDUCT_ASSESSED,
				Misconduct.INVESTIGATING_GROSS_MISCONDUCT);
		allow(Step.CASE_TO_ANSWER, Misconduct.INVESTIGATING_MISCONDUCT, Misconduct.MEETING_DUE);
		allow(Step.CASE_TO_ANSWER, Misconduct.INVESTIGATING_GROSS_MISCONDUCT, Misconduct.HEARING_DUE);
		for (Misconduct investigating : new Misconduct[] { Misconduct.INVESTIGATING_MISCONDUCT,
				Misconduct.INVESTIGATING_GROSS_MISCONDUCT }) {
			allow(Step.NO_CASE_TO_ANSWER, investigating, Misconduct.NO_CASE_TO_ANSWER);
			allow(Step.REFERRED_TO_ADVISORY_LIST, investigating, Misconduct.ON_ADVISORY_LIST);
		}
		allow(Step.MISCONDUCT_MEETING_HELD, Misconduct.MEETING_DUE, Misconduct.MEETING_HELD);
		allow(Step.GROSS_MISCONDUCT_HEARING_HELD, Misconduct.HEARING_DUE, Misconduct.HEARING_HELD);
		// Reflective practice can follow a finding that there is no misconduct to answer.
		allow(Step.OUTCOME_PRACTICE_REQUIRING_IMPROVEMENT, Misconduct.NO_MISCONDUCT, Misconduct.CONCLUDED);
		allow(Step.OUTCOME_PRACTICE_REQUIRING_IMPROVEMENT, Misconduct.NO_CASE_TO_ANSWER, Misconduct.CONCLUDED);
		for (Misconduct held : new Misconduct[] { Misconduct.MEETING_HELD, Misconduct.HEARING_HELD }) {
			allow(Step.OUTCOME_NO_MISCONDUCT_FOUND, held, Misconduct.CONCLUDED);
			allow(Step.OUTCOME_PRACTICE_REQUIRING_IMPROVEMENT, held, Misconduct.CONCLUDED);
			allow(Step.OUTCOME_WRITTEN_WARNING, held, Misconduct.CONCLUDED);
			allow(Step.OUTCOME_FINAL_WRITTEN_WARNING, held, Misconduct.CONCLUDED);
		}
		allow(Step.OUTCOME_REDUCTION_IN_RANK, Misconduct.HEARING_HELD, Misconduct.CONCLUDED);
		allow(Step.OUTCOME_DISMISSAL_WITHOUT_NOTICE, Misconduct.HEARING_HELD, Misconduct.DISMISSED);
		allow(Step.REFERRED_TO_BARRED_LIST, Misconduct.DISMISSED, Misconduct.ON_BARRED_LIST);

		allow(Step.REVIEW_REQUESTED, Review.NOT_REQUESTED, Review.REQUESTED);
		require(Step.REVIEW_REQUESTED, Criminal.NO_FURTHER_ACTION);
		allow(Step.REVIEW_ACKNOWLEDGED, Review.REQUESTED, Review.ACKNOWLEDGED);
		allow(Step.REVIEW_DECISION_UPHELD, Review.ACKNOWLEDGED, Review.UPHELD);
		allow(Step.REVIEW_DECISION_OVERTURNED, Review.ACKNOWLEDGED, Review.OVERTURNED);
	}

	private TransitionTable() {
	}

	private static void allow(Step step, Phase from, Phase to) {
		if (from.track() != step.track() || to.track() != step.track()) {
			throw new IllegalStateException(step + " belongs to " + step.track());
		}
		TABLE.computeIfAbsent(step, s -> new LinkedHashMap<>()).put(from, to);
	}

	private static void require(Step step, Phase elsewhere) {
		if (elsewhere.track() == step.track()) {
			throw new IllegalStateException(step + " can only require a phase of another track");
		}
		REQUIRES.put(step, elsewhere);
	}

	/** The phase another track must have reached before the step may be recorded, if any. */
	public static Optional<Phase> requires(Step step) {
		return Optional.ofNullable(REQUIRES.get(step));
	}

	/** The phase a step leads to from the given phase of its track, or empty when the step is not allowed there. */
	public static Optional<Phase> next(Step step, Phase from) {
		return Optional.ofNullable(TABLE.getOrDefault(step, Map.of()).get(from));
	}

	/** Every legal (from → to) pair for a step. */
	public static Map<Phase, Phase> transitions(Step step) {
		return Map.copyOf(TABLE.getOrDefault(step, Map.of()));
	}

	/** The phase each track starts in. */
	public static Phase start(Track track) {
		return switch (track) {
			case CRIMINAL -> Criminal.NOT_STARTED;
			case CRIME_RECORDING -> CrimeRecording.NOT_DECIDED;
			case CLASSIFICATION -> Classification.NOT_CLASSIFIED;
			case MISCONDUCT -> Misconduct.NOT_ASSESSED;
			case CONTACT -> Contact.ONGOING;
			case REVIEW -> Review.NOT_REQUESTED;
		};
	}

}
