package org.crossforce.reports.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** What the victim agrees to ({@link org.crossforce.reports.Consent}): sharing with the investigating force, and use in statistics. */
@Controller
@RequestMapping({ "/report", "/advocate/report" })
class ConsentQuestions {

	public static final class SharingForm {

		@NotNull(message = "{journey.consentSharing.required}")
		private Boolean share;

		public Boolean getShare() {
			return share;
		}

		public void setShare(Boolean share) {
			this.share = share;
		}

	}

	public static final class StatisticsForm {

		@NotNull(message = "{journey.consentStatistics.required}")
		private Boolean anonymisedUse;

		public Boolean getAnonymisedUse() {
			return anonymisedUse;
		}

		public void setAnonymisedUse(Boolean anonymisedUse) {
			this.anonymisedUse = anonymisedUse;
		}

	}

	@InitBinder("consentSharing")
	void sharingFields(WebDataBinder binder) {
		binder.setAllowedFields("share");
	}

	@InitBinder("consentStatistics")
	void statisticsFields(WebDataBinder binder) {
		binder.setAllowedFields("anonymisedUse");
	}

	@GetMapping("/consent/sharing")
	String sharing(Journey journey, Model model) {
		model.addAttribute("consentSharing",
				journey.answers().formOr(Question.CONSENT_SHARING, SharingForm.class, SharingForm::new));
		return journey.show(Question.CONSENT_SHARING, model);
	}

	@PostMapping("/consent/sharing")
	String sharing(Journey journey, @Valid @ModelAttribute("consentSharing") SharingForm form, BindingResult errors,
			Model model) {
		return errors.hasErrors() ? journey.show(Question.CONSENT_SHARING, model, errors)
				: journey.answered(Question.CONSENT_SHARING, form);
	}

	@GetMapping("/consent/statistics")
	String statistics(Journey journey, Model model) {
		model.addAttribute("consentStatistics",
				journey.answers().formOr(Question.CONSENT_STATISTICS, StatisticsForm.class, StatisticsForm::new));
		return journey.show(Question.CONSENT_STATISTICS, model);
	}

	@PostMapping("/consent/statistics")
	String statistics(Journey journey, @Valid @ModelAttribute("consentStatistics") StatisticsForm form,
			BindingResult errors, Model model) {
		return errors.hasErrors() ? journey.show(Question.CONSENT_STATISTICS, model, errors)
				: journey.answered(Question.CONSENT_STATISTICS, form);
	}

}
