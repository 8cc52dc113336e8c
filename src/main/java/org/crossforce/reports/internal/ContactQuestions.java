package org.crossforce.reports.internal;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crossforce.reports.Contact.ContactChannel;
import org.crossforce.reports.ContactChannelFields;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * About the reporter: their name or staying anonymous, and for a named report how to make contact safely. An
 * anonymous report is asked nothing that could identify them. Fields revealed by a choice are checked only when that
 * choice is made (Bean Validation groups), as GOV.UK's conditional reveal expects.
 */
@Controller
@RequestMapping({ "/report", "/advocate/report" })
class ContactQuestions {

	private final SpringValidatorAdapter validator;

	ContactQuestions(Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	public static final class AboutYouForm {

		/** Checks of the name, made only when the reporter chooses to give it. */
		interface Named {
		}

		@NotNull(message = "{journey.aboutYou.required}")
		private Boolean giveName;

		@NotBlank(groups = Named.class, message = "{journey.aboutYou.givenNames.required}")
		@Size(groups = Named.class, max = 200, message = "{journey.aboutYou.givenNames.tooLong}")
		private String givenNames;

		@NotBlank(groups = Named.class, message = "{journey.aboutYou.familyName.required}")
		@Size(groups = Named.class, max = 200, message = "{journey.aboutYou.familyName.tooLong}")
		private String familyName;

		public Boolean getGiveName() {
			return giveName;
		}

		public void setGiveName(Boolean giveName) {
			this.giveName = giveName;
		}

		public String getGivenNames() {
			return givenNames;
		}

		public void setGivenNames(String givenNames) {
			this.givenNames = givenNames;
		}

		public String getFamilyName() {
			return familyName;
		}

		public void setFamilyName(String familyName) {
			this.familyName = familyName;
		}

	}

	public static final class ContactForm extends ContactChannelFields {


	}

	public static final class ContactTimesForm {

		@Size(max = 500, message = "{journey.contactTimes.safeTimes.tooLong}")
		private String safeTimes;

		@NotNull(message = "{journey.contactTimes.leaveMessages.required}")
		private Boolean leaveMessages;

		public String getSafeTimes() {
			return safeTimes;
		}

		public void setSafeTimes(String safeTimes) {
			this.safeTimes = safeTimes;
		}

		public Boolean getLeaveMessages() {
			return leaveMessages;
		}

		public void setLeaveMessages(Boolean leaveMessages) {
			this.leaveMessages = leaveMessages;
		}

	}

	@InitBinder("aboutYou")
	void aboutYouFields(WebDataBinder binder) {
		binder.setAllowedFields("giveName", "givenNames", "familyName");
	}

	@InitBinder("contact")
	void contactFields(WebDataBinder binder) {
		binder.setAllowedFields("channel", "email", "phone");
	}

	@InitBinder("contactTimes")
	void contactTimesFields(WebDataBinder binder) {
		binder.setAllowedFields("safeTimes", "leaveMessages");
	}

	@GetMapping("/about-you")
	String aboutYou(Journey journey, Model model) {
		model.addAttribute("aboutYou", journey.answers().formOr(Question.ABOUT_YOU, AboutYouForm.class, AboutYouForm::new));
		return journey.show(Question.ABOUT_YOU, model);
	}

	@PostMapping("/about-you")
	String aboutYou(Journey journey, @Valid @ModelAttribute("aboutYou") AboutYouForm form, BindingResult errors,
			Model model) {
		if (Boolean.TRUE.equals(form.getGiveName())) {
			validator.validate(form, errors, AboutYouForm.Named.class);
		}
		return errors.hasErrors() ? journey.show(Question.ABOUT_YOU, model, errors)
				: journey.answered(Question.ABOUT_YOU, form);
	}

	@GetMapping("/contact")
	String contact(Journey journey, Model model) {
		ContactForm form = journey.answers().formOr(Question.CONTACT, ContactForm.class, ContactForm::new);
		model.addAttribute("contact", form);
		return showContact(journey, model, null, form);
	}

	/**
	 * A police email address is kept, but the first time it is given the reporter comes back to this page with a
	 * warning, to change it or to go on knowing the risk.
	 */
	@PostMapping("/contact")
	String contact(Journey journey, @Valid @ModelAttribute("contact") ContactForm form, BindingResult errors,
			Model model) {
		form.validateChosenChannel(validator, errors);
		if (errors.hasErrors()) {
			return showContact(journey, model, errors, form);
		}
		ReportAnswers answers = journey.answers();
		if (form.getChannel() == ContactChannel.EMAIL && PoliceEmail.isPolice(form.getEmail())
				&& !form.getEmail().trim().equalsIgnoreCase(answers.policeEmailWarnedOf())) {
			answers.policeEmailWarned(form.getEmail().trim());
			answers.put(Question.CONTACT, form);
			return journey.redirectTo(Question.CONTACT);
		}
		return journey.answered(Question.CONTACT, form);
	}

	@GetMapping("/contact/safe-times")
	String contactTimes(Journey journey, Model model) {
		model.addAttribute("contactTimes",
				journey.answers().formOr(Question.CONTACT_TIMES, ContactTimesForm.class, ContactTimesForm::new));
		return journey.show(Question.CONTACT_TIMES, model);
	}

	@PostMapping("/contact/safe-times")
	String contactTimes(Journey journey, @Valid @ModelAttribute("contactTimes") ContactTimesForm form,
			BindingResult errors, Model model) {
		return errors.hasErrors() ? journey.show(Question.CONTACT_TIMES, model, errors)
				: journey.answered(Question.CONTACT_TIMES, form);
	}

	private String showContact(Journey journey, Model model, BindingResult errors, ContactForm form) {
		model.addAttribute("policeEmail",
				form.getChannel() == ContactChannel.EMAIL && PoliceEmail.isPolice(form.getEmail()));
		return journey.show(Question.CONTACT, model, errors);
	}

}
