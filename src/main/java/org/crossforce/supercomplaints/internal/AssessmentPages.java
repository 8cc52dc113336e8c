package org.crossforce.supercomplaints.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.crossforce.identity.SignedInUser;
import org.crossforce.web.InvalidInput;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assessors' steps on the complaint page: acknowledging, each view, the joint decision and progress reports. */
@Controller
class AssessmentPages {

	private final Assessments assessments;

	private final DraftingPages pages;

	AssessmentPages(Assessments assessments, DraftingPages pages) {
		this.assessments = assessments;
		this.pages = pages;
	}

	@PostMapping("/supercomplaints/{id}/acknowledge")
	String acknowledge(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, "acknowledged", () -> assessments.acknowledge(user, id));
	}

	@PostMapping("/supercomplaints/{id}/views")
	String view(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) Boolean eligible, @RequestParam(defaultValue = "") String reasons,
			RedirectAttributes redirect) {
		return step(id, redirect, "viewRecorded", () -> assessments.recordView(user, id, eligible, reasons));
	}

	@PostMapping("/supercomplaints/{id}/decision")
	String decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) Boolean eligible, @RequestParam(defaultValue = "") String reasons,
			RedirectAttributes redirect) {
		return step(id, redirect, "decided", () -> assessments.decide(user, id, eligible, reasons));
	}

	@PostMapping("/supercomplaints/{id}/progress-reports")
	String progress(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String reportedOnDay, @RequestParam(defaultValue = "") String reportedOnMonth,
			@RequestParam(defaultValue = "") String reportedOnYear, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		return step(id, redirect, "progressAdded",
				() -> assessments.addProgress(user, id, date(reportedOnDay, reportedOnMonth, reportedOnYear), text));
	}

	private static LocalDate date(String day, String month, String year) {
		if (day.isBlank() && month.isBlank() && year.isBlank()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
					Integer.parseInt(day.strip()));
		}
		catch (NumberFormatException | DateTimeException invalid) {
			throw new InvalidInput("reportedOn", "supercomplaints.progress.date.required");
		}
	}

	private String step(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(done, true);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problem", pages.problem(invalid));
		}
		return "redirect:/supercomplaints/" + id;
	}

}
