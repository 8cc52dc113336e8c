package org.crossforce.reports.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a report starts, and the way out of it at any moment. */
@Controller
class ReportStartPage {

	/**
	 * Where "Exit this page" leaves for: a busy, neutral site that shows nothing personal, GOV.UK Frontend's default
	 * and what GOV.UK services use.
	 */
	static final String NEUTRAL_SITE = "https://www.bbc.co.uk/weather";

	@GetMapping({ "/report", "/advocate/report" })
	String start(Journey journey, Model model) {
		model.addAttribute("firstQuestion", journey.path(Question.ACCUSED_NAME));
		return journey.page("report/start", null, model, false);
	}

	/**
	 * "Exit this page": ends the session, so every answer given so far is gone (for an advocate, this signs them out
	 * too), then leaves for the neutral site. A link, so it works without JavaScript.
	 */
	@GetMapping(Journey.EXIT)
	String exit(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		return "redirect:" + NEUTRAL_SITE;
	}

}
