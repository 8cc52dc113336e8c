package org.crossforce.reports.internal;

import org.crossforce.reports.ReportRejected;

/**
 * Why intake refused a report, carried (as a flash attribute) to the question whose answer it names, so the error
 * shows beside that field. The message is the journey's wording of intake's code where it has one ({@code journey.}
 * followed by the code), else intake's own.
 *
 * @param question the page to show it on, or null when no page asks for the field (shown on "check your answers")
 * @param field the field on that page
 */
record Rejection(Question question, String field, String[] codes, Object[] arguments) {

	static final String FLASH = "rejection";

	static Rejection of(ReportRejected rejected) {
		String code = rejected.getCodes()[0];
		String[] codes = { "journey." + code, code };
		String field = rejected.field();
		return switch (field.replaceAll("\\[\\d+]$", "")) {
			case "accused.givenNames", "accused.familyName" ->
				new Rejection(Question.ACCUSED_NAME, field.substring("accused.".length()), codes, rejected.getArguments());
			case "accused.force" -> new Rejection(Question.ACCUSED_FORCE, "force", codes, rejected.getArguments());
			case "accused.role", "accused.rank" -> new Rejection(Question.ACCUSED_ROLE, "role", codes, rejected.getArguments());
			case "accused.identifier" -> new Rejection(Question.ACCUSED_NUMBER, "identifier", codes, rejected.getArguments());
			case "accused.previousForces" -> new Rejection(Question.PREVIOUS_FORCES, "forces", codes, rejected.getArguments());
			case "abuseKinds" -> new Rejection(Question.ABUSE_KINDS, "kinds", codes, rejected.getArguments());
			case "occurredFrom" -> new Rejection(Question.WHEN, "fromDay", codes, rejected.getArguments());
			case "occurredTo" -> new Rejection(Question.WHEN, "toDay", codes, rejected.getArguments());
			case "incidentForce" -> new Rejection(Question.WHERE, "force", codes, rejected.getArguments());
			case "narrative" -> new Rejection(Question.ACCOUNT, "narrative", codes, rejected.getArguments());
			case "evidence" -> new Rejection(Question.EVIDENCE, "file", codes, rejected.getArguments());
			case "victim.servesWithForce" -> new Rejection(Question.SERVING, "force", codes, rejected.getArguments());
			case "consent.givenHow" -> new Rejection(Question.CONSENT_GIVEN, "how", codes, rejected.getArguments());
			case "consent.givenOn" -> new Rejection(Question.CONSENT_GIVEN, "day", codes, rejected.getArguments());
			default -> new Rejection(null, field, codes, rejected.getArguments());
		};
	}

}
