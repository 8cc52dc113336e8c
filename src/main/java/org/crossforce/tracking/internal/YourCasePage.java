package org.crossforce.tracking.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Your case": where it stands, the decisions made, and when the victim should next hear. */
@Controller
@VictimView
class YourCasePage {

	private final CaseProgress progress;

	YourCasePage(CaseProgress progress) {
		this.progress = progress;
	}

	@GetMapping("/track/case")
	String page(VictimSession victim, Model model) {
		model.addAttribute("progress", progress.of(victim.reference()));
		model.addAttribute("updateStandard", CaseProgress.UPDATE_STANDARD_WORKING_DAYS);
		model.addAttribute("current", "case");
		return "tracking/case";
	}

}
