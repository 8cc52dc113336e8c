package org.crossforce.reports.internal;

/**
 * The question pages of the reporting journey, in the order they are asked. Each has a path under the journey's
 * base, a template, and the name of its form in the model; some apply only to some reports.
 */
enum Question {

	ACCUSED_NAME("accused/name", "accusedName"),
	ACCUSED_FORCE("accused/force", "accusedForce"),
	ACCUSED_ROLE("accused/role", "accusedRole"),
	ACCUSED_NUMBER("accused/number", "accusedNumber"),
	PREVIOUS_FORCES("accused/previous-forces", "previousForces"),
	RELATIONSHIP("relationship", "relationship"),
	ABUSE_KINDS("what-happened", "abuseKinds"),
	WHEN("when", "when"),
	WHERE("where", "where"),
	ACCOUNT("account", "account"),
	EVIDENCE("evidence", "evidence"),
	SAFETY("safety", "safety"),
	SERVING("serving", "serving"),
	ABOUT_YOU("about-you", "aboutYou"),
	CONTACT("contact", "contact"),
	CONTACT_TIMES("contact/safe-times", "contactTimes"),
	CONSENT_SHARING("consent/sharing", "consentSharing"),
	CONSENT_STATISTICS("consent/statistics", "consentStatistics"),
	/** Only an advocate is asked how and when the victim consented (Consent#givenHow). */
	CONSENT_GIVEN("consent/given", "consentGiven");

	private final String path;

	private final String form;

	Question(String path, String form) {
		this.path = path;
		this.form = form;
	}

	String path() {
		return path;
	}

	/** The name of this page's form object in the model, and so of its binding result. */
	String form() {
		return form;
	}

	String template() {
		return "report/" + path.replace('/', '-');
	}

	/** Anonymous reports are not asked how to make contact, and nobody is asked when to call if we may not. */
	boolean appliesTo(ReportAnswers answers, JourneyMode mode) {
		return switch (this) {
			case CONTACT -> answers.victimGivesName();
			case CONTACT_TIMES -> answers.victimGivesName() && answers.contactOutsideTheService();
			case CONSENT_GIVEN -> mode == JourneyMode.ADVOCATE;
			default -> true;
		};
	}

}
