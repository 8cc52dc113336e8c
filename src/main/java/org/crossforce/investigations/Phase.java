package org.crossforce.investigations;

/** Where one track of an investigation stands. Each track has its own phases, starting from the first listed. */
public sealed interface Phase permits Phase.Criminal, Phase.CrimeRecording, Phase.Classification, Phase.Misconduct,
		Phase.Contact, Phase.Review {

	Track track();

	String name();

	/** CONVICTED and ACQUITTED are the court's outcome after a charge; they and NO_FURTHER_ACTION end the track. */
	enum Criminal implements Phase {
		NOT_STARTED, IN_CUSTODY, RELEASED_WITHOUT_CHARGE, ON_BAIL, RELEASED_UNDER_INVESTIGATION, WITH_THE_CPS, CHARGED,
		NO_FURTHER_ACTION, CONVICTED, ACQUITTED;

		@Override
		public Track track() {
			return Track.CRIMINAL;
		}
	}

	enum CrimeRecording implements Phase {
		NOT_DECIDED, RECORDED_CRIME, INCIDENT_ONLY;

		@Override
		public Track track() {
			return Track.CRIME_RECORDING;
		}
	}

	enum Classification implements Phase {
		NOT_CLASSIFIED, COMPLAINT, CONDUCT_MATTER;

		@Override
		public Track track() {
			return Track.CLASSIFICATION;
		}
	}

	enum Misconduct implements Phase {
		NOT_ASSESSED, NO_MISCONDUCT, MISCONDUCT_ASSESSED, GROSS_MISCONDUCT_ASSESSED, INVESTIGATING_MISCONDUCT,
		INVESTIGATING_GROSS_MISCONDUCT, NO_CASE_TO_ANSWER, MEETING_DUE, HEARING_DUE, MEETING_HELD, HEARING_HELD,
		CONCLUDED, DISMISSED, ON_BARRED_LIST, ON_ADVISORY_LIST;

		@Override
		public Track track() {
			return Track.MISCONDUCT;
		}
	}

	enum Contact implements Phase {
		ONGOING;

		@Override
		public Track track() {
			return Track.CONTACT;
		}
	}

	enum Review implements Phase {
		NOT_REQUESTED, REQUESTED, ACKNOWLEDGED, UPHELD, OVERTURNED;

		@Override
		public Track track() {
			return Track.REVIEW;
		}
	}

}
