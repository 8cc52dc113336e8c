package org.crossforce.foi.internal;

import org.crossforce.identity.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** How each authority has answered the user's campaigns' requests: on time, late, refused, reviewed. */
@Controller
class CompliancePage {

	private final ComplianceReport reports;

	CompliancePage(ComplianceReport reports) {
		this.reports = reports;
	}

	@GetMapping("/foi/compliance")
	String page(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("report", reports.of(user));
		return "foi/compliance";
	}

}
