package org.crossforce.supercomplaints.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.crossforce.audit.AuditLog;
import org.crossforce.identity.DesignatedBodies;
import org.crossforce.identity.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators mark support services designated bodies, with the date of designation, or clear it; audited. */
@Controller
class DesignationPages {

	private final DesignatedBodies bodies;

	private final AuditLog audit;

	DesignationPages(DesignatedBodies bodies, AuditLog audit) {
		this.bodies = bodies;
		this.audit = audit;
	}

	@GetMapping("/admin/designated-bodies")
	String list(Model model) {
		model.addAttribute("candidates", bodies.candidates());
		return "supercomplaints/drafting/designated-bodies";
	}

	@PostMapping("/admin/designated-bodies/{code}")
	String designate(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
			@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String month,
			@RequestParam(defaultValue = "") String year, RedirectAttributes redirect) {
		LocalDate on = null;
		if (!(day.isBlank() && month.isBlank() && year.isBlank())) {
			try {
				on = LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
						Integer.parseInt(day.strip()));
			}
			catch (NumberFormatException | DateTimeException invalid) {
				redirect.addFlashAttribute("invalid", code);
				return "redirect:/admin/designated-bodies";
			}
		}
		if (!bodies.designate(code, on)) {
			throw ComplaintAccess.notFound();
		}
		audit.record(user.getUsername(), on == null ? "DESIGNATION_CLEARED" : "DESIGNATED", "organisation:" + code,
				on == null ? "" : on.toString());
		redirect.addFlashAttribute("saved", code);
		return "redirect:/admin/designated-bodies";
	}

}
