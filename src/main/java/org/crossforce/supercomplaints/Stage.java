package org.crossforce.supercomplaints;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a super-complaint stands. Drafted by a designated body; submitted to HM Chief Inspector of Constabulary;
 * acknowledged (due within 5 working days, England and Wales calendar); then HMICFRS, the College of Policing and
 * the IOPC decide jointly that it is eligible, so it is investigated, or ineligible, with written reasons; an
 * investigation ends in a published report whose recommendations each addressee answers.
 */
public enum Stage {

	DRAFT, SUBMITTED, ACKNOWLEDGED, INELIGIBLE, UNDER_INVESTIGATION, REPORT_PUBLISHED;

	/** The stages this one may move to; anything else is refused. */
	public Set<Stage> nextStages() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SUBMITTED);
			case SUBMITTED -> EnumSet.of(ACKNOWLEDGED);
			case ACKNOWLEDGED -> EnumSet.of(INELIGIBLE, UNDER_INVESTIGATION);
			case UNDER_INVESTIGATION -> EnumSet.of(REPORT_PUBLISHED);
			case INELIGIBLE, REPORT_PUBLISHED -> EnumSet.noneOf(Stage.class);
		};
	}

	public boolean mayMoveTo(Stage next) {
		return nextStages().contains(next);
	}

}
