package org.crossforce.reports.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.crossforce.reference.Forces;
import org.crossforce.reports.ReferralIndicators;

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
 * Safety and conflicts: what bears on risk and on IOPC referral ({@link ReferralIndicators}), and whether the
 * reporter serves with the police themselves, which rules their own force out of investigating.
 */
@Controller
@RequestMapping({ "/report", "/advocate/report" })
class SafetyQuestions {

	private final Forces forces;

	SafetyQuestions(Forces forces) {
		this.forces = forces;
	}

	/** The safety checkboxes, in the order the page asks them, and GOV.UK's exclusive "None of these". */
	enum Concern {

		FIREARMS_ACCESS, POLICE_SYSTEMS_ACCESS, TOLD_WILL_NOT_BE_BELIEVED, THREATS_TO_KILL, SERIOUS_INJURY,
		SEXUAL_OFFENCE, ABUSE_OF_POSITION, DISCRIMINATION, NONE;

		static Set<Concern> asked() {
			return EnumSet.complementOf(EnumSet.of(NONE));
		}

	}

	public static final class SafetyForm {

		@NotEmpty(message = "{journey.safety.required}")
		private Set<Concern> concerns = EnumSet.noneOf(Concern.class);

		public Set<Concern> getConcerns() {
			return concerns;
		}

		public void setConcerns(Set<Concern> concerns) {
			this.concerns = concerns == null ? new HashSet<>() : concerns;
		}

		ReferralIndicators indicators() {
			return new ReferralIndicators(concerns.contains(Concern.SERIOUS_INJURY),
					concerns.contains(Concern.SEXUAL_OFFENCE), concerns.contains(Concern.ABUSE_OF_POSITION),
					concerns.contains(Concern.DISCRIMINATION), concerns.contains(Concern.THREATS_TO_KILL),
					concerns.contains(Concern.FIREARMS_ACCESS), concerns.contains(Concern.POLICE_SYSTEMS_ACCESS),
					concerns.contains(Concern.TOLD_WILL_NOT_BE_BELIEVED));
		}

	}

	public static final class ServingForm {

		@NotNull(message = "{journey.serving.required}")
		private Boolean serves;

		private String force;

		public Boolean getServes() {
			return serves;
		}

		public void setServes(Boolean serves) {
			this.serves = serves;
		}

		public String getForce() {
			return force;
		}

		public void setForce(String force) {
			this.force = force;
		}

	}

	@InitBinder("safety")
	void safetyFields(WebDataBinder binder) {
		binder.setAllowedFields("concerns");
	}

	@InitBinder("serving")
	void servingFields(WebDataBinder binder) {
		binder.setAllowedFields("serves", "force");
	}

	@GetMapping("/safety")
	String safety(Journey journey, Model model) {
		model.addAttribute("safety", journey.answers().formOr(Question.SAFETY, SafetyForm.class, SafetyForm::new));
		model.addAttribute("concerns", Concern.asked());
		return journey.show(Question.SAFETY, model);
	}

	@PostMapping("/safety")
	String safety(Journey journey, @Valid @ModelAttribute("safety") SafetyForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors() && form.getConcerns().contains(Concern.NONE) && form.getConcerns().size() > 1) {
			errors.rejectValue("concerns", "journey.safety.noneAndConcerns");
		}
		model.addAttribute("concerns", Concern.asked());
		return errors.hasErrors() ? journey.show(Question.SAFETY, model, errors) : journey.answered(Question.SAFETY, form);
	}

	@GetMapping("/serving")
	String serving(Journey journey, Model model) {
		model.addAttribute("serving", journey.answers().formOr(Question.SERVING, ServingForm.class, ServingForm::new));
		return showServing(journey, model, null);
	}

	@PostMapping("/serving")
	String serving(Journey journey, @Valid @ModelAttribute("serving") ServingForm form, BindingResult errors,
			Model model) {
		if (Boolean.TRUE.equals(form.getServes()) && (form.getForce() == null || !forces.exists(form.getForce()))) {
			errors.rejectValue("force", "journey.serving.force.required");
		}
		return errors.hasErrors() ? showServing(journey, model, errors) : journey.answered(Question.SERVING, form);
	}

	private String showServing(Journey journey, Model model, BindingResult errors) {
		model.addAttribute("forces", AccusedQuestions.byName(forces.all()));
		return journey.show(Question.SERVING, model, errors);
	}

}
