package org.crossforce.tracking.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crossforce.audit.AuditLog;
import org.crossforce.reports.Contact;
import org.crossforce.reports.ContactChannelFields;
import org.crossforce.reports.Contact.ContactChannel;
import org.crossforce.reports.Reports;
import org.crossforce.reports.VictimChanges;
import org.crossforce.web.InvalidInput;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "How we contact you": the channel, safe times in the victim's words, whether a message may be left, and an optional
 * daily window outside which nothing is sent. Checked as the reporting journey checks its contact questions; an
 * anonymous report has no contact details, so there is nothing to change.
 */
@Controller
@VictimView
class ContactPage {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

	private final Reports reports;

	private final VictimChanges changes;

	private final AuditLog audit;

	private final SpringValidatorAdapter validator;

	ContactPage(Reports reports, VictimChanges changes, AuditLog audit, Validator validator) {
		this.reports = reports;
		this.changes = changes;
		this.audit = audit;
		this.validator = new SpringValidatorAdapter(validator);
	}

	public static final class ContactForm extends ContactChannelFields {

		@Size(max = 500, message = "{journey.contactTimes.safeTimes.tooLong}")
		private String safeTimes;

		@NotNull(message = "{journey.contactTimes.leaveMessages.required}")
		private Boolean leaveMessages;

		private String safeFrom;

		private String safeUntil;

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

		public String getSafeFrom() {
			return safeFrom;
		}

		public void setSafeFrom(String safeFrom) {
			this.safeFrom = safeFrom == null ? null : safeFrom.strip();
		}

		public String getSafeUntil() {
			return safeUntil;
		}

		public void setSafeUntil(String safeUntil) {
			this.safeUntil = safeUntil == null ? null : safeUntil.strip();
		}

		static ContactForm of(Contact contact) {
			ContactForm form = new ContactForm();
			form.setChannel(contact.preferred());
			form.setEmail(contact.email());
			form.setPhone(contact.phone());
			form.safeTimes = contact.safeTimes();
			form.leaveMessages = contact.leaveMessages();
			form.safeFrom = contact.safeFrom() == null ? null : HH_MM.format(contact.safeFrom());
			form.safeUntil = contact.safeUntil() == null ? null : HH_MM.format(contact.safeUntil());
			return form;
		}

	}

	@InitBinder("contact")
	void contactFields(WebDataBinder binder) {
		binder.setAllowedFields("channel", "email", "phone", "safeTimes", "leaveMessages", "safeFrom", "safeUntil");
	}

	/** Not read-only: the victim's read of their own contact details is audited. */
	@GetMapping("/track/contact")
	@Transactional
	String page(VictimSession victim, Model model) {
		boolean anonymous = reports.summary(victim.reference()).orElseThrow().victimAnonymous();
		if (!anonymous) {
			audit.record(VictimChanges.VICTIM, "case.read", "case " + victim.reference(),
					"resource=ACCOUNT, relation=VICTIM, purpose=victim's view: contact");
		}
		model.addAttribute("contact", anonymous ? new ContactForm()
				: ContactForm.of(reports.account(victim.reference()).orElseThrow().contact()));
		return show(model, anonymous);
	}

	@PostMapping("/track/contact")
	String change(VictimSession victim, @Valid @ModelAttribute("contact") ContactForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		boolean anonymous = reports.summary(victim.reference()).orElseThrow().victimAnonymous();
		form.validateChosenChannel(validator, errors);
		LocalTime from = time(form.getSafeFrom(), "safeFrom", errors);
		LocalTime until = time(form.getSafeUntil(), "safeUntil", errors);
		if (!errors.hasFieldErrors("safeFrom") && !errors.hasFieldErrors("safeUntil") && (from == null) != (until == null)) {
			errors.rejectValue(from == null ? "safeFrom" : "safeUntil", "track.contact.window.both");
		}
		if (!errors.hasErrors()) {
			try {
				changes.changeContact(victim.reference(), contact(form, from, until));
				redirect.addFlashAttribute("changed", true);
				return "redirect:/track/contact";
			}
			catch (InvalidInput invalid) {
				errors.rejectValue(invalid.field(), invalid.getCodes()[0], invalid.getArguments(), null);
			}
		}
		return show(model, anonymous);
	}

	/** Only the details of the chosen channel are kept: an old address must not linger after a change. */
	private static Contact contact(ContactForm form, LocalTime from, LocalTime until) {
		String email = form.getChannel() == ContactChannel.EMAIL ? form.getEmail() : null;
		String phone = form.getChannel() == ContactChannel.PHONE ? form.getPhone() : null;
		String safeTimes = form.getSafeTimes() == null || form.getSafeTimes().isBlank() ? null : form.getSafeTimes().strip();
		return new Contact(form.getChannel(), email, phone, safeTimes, Boolean.TRUE.equals(form.getLeaveMessages()), from,
				until);
	}

	private static LocalTime time(String typed, String field, BindingResult errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(typed.replace('.', ':'), HH_MM);
		}
		catch (DateTimeParseException notATime) {
			errors.rejectValue(field, "track.contact.window.invalid");
			return null;
		}
	}

	private String show(Model model, boolean anonymous) {
		model.addAttribute("anonymous", anonymous);
		model.addAttribute("current", "contact");
		return "tracking/contact";
	}

}
