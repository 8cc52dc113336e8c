package org.crossforce.reports.internal;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is answering the reporting questions: the victim, with no account, or a signed-in advocate recording a report
 * with the victim's consent. Both ask the same questions at the same paths under their own base, and keep their
 * answers apart in the session.
 */
enum JourneyMode {

	VICTIM("/report"), ADVOCATE("/advocate/report");

	private final String base;

	JourneyMode(String base) {
		this.base = base;
	}

	static JourneyMode of(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(ADVOCATE.base) || path.startsWith(ADVOCATE.base + "/") ? ADVOCATE : VICTIM;
	}

	/** Where this journey's pages live: {@code /report} or {@code /advocate/report}. */
	String base() {
		return base;
	}

	String path(String page) {
		return base + "/" + page;
	}

	String sessionAttribute() {
		return ReportAnswers.class.getName() + "." + name();
	}

}
