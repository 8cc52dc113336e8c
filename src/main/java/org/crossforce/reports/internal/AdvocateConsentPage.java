package org.crossforce.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crossforce.reports.Consent.ConsentMethod;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The one question only an advocate is asked: how and when the victim gave consent to report on their behalf, which
 * intake requires of every report not made by the victim themselves.
 */
@Controller
@RequestMapping("/advocate/report")
class AdvocateConsentPage {

	private final Clock clock;

	AdvocateConsentPage(Clock clock) {
		this.clock = clock;
	}

	public static final class ConsentGivenForm {

		@NotNull(message = "{journey.consentGiven.how.required}")
		private ConsentMethod how;

		@Size(max = 10, message = "{journey.date.tooLong}")
		private String day, month, year;

		public LocalDate on() {
			return DateInput.parse(day, month, year);
		}

		public ConsentMethod getHow() {
			return how;
		}

		public void setHow(ConsentMethod how) {
			this.how = how;
		}

		public String getDay() {
			return day;
		}

		public void setDay(String day) {
			this.day = day;
		}

		public String getMonth() {
			return month;
		}

		public void setMonth(String month) {
			this.month = month;
		}

		public String getYear() {
			return year;
		}

		public void setYear(String year) {
			this.year = year;
		}

	}

	@InitBinder("consentGiven")
	void consentGivenFields(WebDataBinder binder) {
		binder.setAllowedFields("how", "day", "month", "year");
	}

	@GetMapping("/consent/given")
	String consentGiven(Journey journey, Model model) {
		model.addAttribute("consentGiven",
				journey.answers().formOr(Question.CONSENT_GIVEN, ConsentGivenForm.class, ConsentGivenForm::new));
		return show(journey, model, null, Set.of());
	}

	@PostMapping("/consent/given")
	String consentGiven(Journey journey, @Valid @ModelAttribute("consentGiven") ConsentGivenForm form,
			BindingResult errors, Model model) {
		Set<String> dateErrors = Set.of();
		if (!errors.hasFieldErrors("day") && !errors.hasFieldErrors("month") && !errors.hasFieldErrors("year")) {
			dateErrors = DateInput.check(errors, "", "journey.consentGiven.date", form.day, form.month, form.year, true,
					LocalDate.now(clock.withZone(IncidentQuestions.UK)));
		}
		return errors.hasErrors() ? show(journey, model, errors, dateErrors)
				: journey.answered(Question.CONSENT_GIVEN, form);
	}

	private String show(Journey journey, Model model, BindingResult errors, Set<String> dateErrors) {
		model.addAttribute("methods", ConsentMethod.values());
		model.addAttribute("dateErrors", dateErrors);
		return journey.show(Question.CONSENT_GIVEN, model, errors);
	}

}
