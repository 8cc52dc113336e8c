package org.crossforce.supercomplaints.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.crossforce.audit.AuditLog;
import org.crossforce.identity.DesignatedBodies;
import org.crossforce.identity.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
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

	/** The date an administrator entered for one organisation, kept as typed so a wrong one can be shown again. */
	public static final class DesignationForm {

		private final String code;

		private final String onDay;

		private final String onMonth;

		private final String onYear;

		DesignationForm(String code, String onDay, String onMonth, String onYear) {
			this.code = code;
			this.onDay = onDay;
			this.onMonth = onMonth;
			this.onYear = onYear;
		}

		public String getCode() {
			return code;
		}

		public String getOnDay() {
			return onDay;
		}

		public String getOnMonth() {
			return onMonth;
		}

		public String getOnYear() {
			return onYear;
		}

	}

	@GetMapping("/admin/designated-bodies")
	String list(Model model) {
		model.addAttribute("candidates", bodies.candidates());
		return "supercomplaints/drafting/designated-bodies";
	}

	@PostMapping("/admin/designated-bodies/{code}")
	String designate(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
			@RequestParam(defaultValue = "") String onDay, @RequestParam(defaultValue = "") String onMonth,
			@RequestParam(defaultValue = "") String onYear, Model model, RedirectAttributes redirect) {
		LocalDate on = null;
		if (!(onDay.isBlank() && onMonth.isBlank() && onYear.isBlank())) {
			try {
				on = LocalDate.of(Integer.parseInt(onYear.strip()), Integer.parseInt(onMonth.strip()),
						Integer.parseInt(onDay.strip()));
			}
			catch (NumberFormatException | DateTimeException invalid) {
				DesignationForm form = new DesignationForm(code, onDay, onMonth, onYear);
				BindingResult errors = new BeanPropertyBindingResult(form, "designation");
				errors.rejectValue("onDay", "supercomplaints.admin.date.invalid");
				model.addAttribute("designation", form);
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "designation", errors);
				return list(model);
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
