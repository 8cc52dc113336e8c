package org.crossforce.foi.internal;

import java.time.LocalDate;

import org.crossforce.foi.internal.FoiRecords.MessageKind;
import org.crossforce.foi.internal.RequestOverview.Overview;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.DateRangeFields;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A follow-up drafted from its template with the request's facts, edited, then sent. */
@Controller
class FollowUpPage {

	private final RequestOverview overviews;

	private final FollowUps followUps;

	private final MessageSource messages;

	FollowUpPage(RequestOverview overviews, FollowUps followUps, MessageSource messages) {
		this.overviews = overviews;
		this.followUps = followUps;
		this.messages = messages;
	}

	/** The follow-up as edited; the date only for a clarification, the day the authority receives it. */
	public static final class FollowUpForm {

		private String subject;

		private String body;

		private String receivedOnDay;

		private String receivedOnMonth;

		private String receivedOnYear;

		public String getSubject() {
			return subject;
		}

		public void setSubject(String subject) {
			this.subject = subject;
		}

		public String getBody() {
			return body;
		}

		public void setBody(String body) {
			this.body = body;
		}

		public String getReceivedOnDay() {
			return receivedOnDay;
		}

		public void setReceivedOnDay(String receivedOnDay) {
			this.receivedOnDay = receivedOnDay;
		}

		public String getReceivedOnMonth() {
			return receivedOnMonth;
		}

		public void setReceivedOnMonth(String receivedOnMonth) {
			this.receivedOnMonth = receivedOnMonth;
		}

		public String getReceivedOnYear() {
			return receivedOnYear;
		}

		public void setReceivedOnYear(String receivedOnYear) {
			this.receivedOnYear = receivedOnYear;
		}

	}

	@InitBinder("followUp")
	void followUpFields(WebDataBinder binder) {
		binder.setAllowedFields("subject", "body", "receivedOnDay", "receivedOnMonth", "receivedOnYear");
	}

	@GetMapping("/foi/requests/{id}/follow-up")
	String form(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam String kind,
			Model model, RedirectAttributes redirect) {
		Overview overview = changeable(user, id);
		MessageKind chosen = kind(kind);
		FollowUpDrafts.Draft draft;
		try {
			draft = followUps.draft(overview, chosen);
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("refused", messages.getMessage(refused, LocaleContextHolder.getLocale()));
			return "redirect:/foi/requests/" + id;
		}
		FollowUpForm form = new FollowUpForm();
		form.setSubject(draft.subject());
		form.setBody(draft.body());
		LocalDate today = overviews.today();
		form.setReceivedOnDay(String.valueOf(today.getDayOfMonth()));
		form.setReceivedOnMonth(String.valueOf(today.getMonthValue()));
		form.setReceivedOnYear(String.valueOf(today.getYear()));
		model.addAttribute("followUp", form);
		return show(overview, chosen, model);
	}

	@PostMapping("/foi/requests/{id}/follow-up")
	String send(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam String kind,
			@ModelAttribute("followUp") FollowUpForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Overview overview = changeable(user, id);
		MessageKind chosen = kind(kind);
		LocalDate receivedOn = null;
		if (chosen == MessageKind.CLARIFICATION) {
			receivedOn = DateRangeFields.parse(form.getReceivedOnDay(), form.getReceivedOnMonth(),
					form.getReceivedOnYear());
			if (receivedOn == null) {
				boolean given = !blank(form.getReceivedOnDay()) || !blank(form.getReceivedOnMonth())
						|| !blank(form.getReceivedOnYear());
				errors.rejectValue("receivedOnDay",
						given ? "foi.requests.error.date.invalid" : "foi.requests.error.date.required");
			}
		}
		if (!errors.hasErrors()) {
			try {
				FollowUps.Sent sent = followUps.send(user, id, chosen, form.getSubject(), form.getBody(), receivedOn);
				redirect.addFlashAttribute("sentKind", chosen.name());
				redirect.addFlashAttribute("sentDelivery", sent.delivery().name());
				redirect.addFlashAttribute("sentMessage", sent.messageId());
				return "redirect:/foi/requests/" + id;
			}
			catch (InvalidInput invalid) {
				if ("kind".equals(invalid.field())) {
					redirect.addFlashAttribute("refused", messages.getMessage(invalid, LocaleContextHolder.getLocale()));
					return "redirect:/foi/requests/" + id;
				}
				String field = "receivedOn".equals(invalid.field()) ? "receivedOnDay" : invalid.field();
				errors.rejectValue(field, invalid.getCodes()[0], invalid.getArguments(),
						messages.getMessage(invalid, LocaleContextHolder.getLocale()));
			}
		}
		return show(overview, chosen, model);
	}

	private Overview changeable(SignedInUser user, long id) {
		Overview overview = overviews.of(user, id);
		if (!overview.mayChange()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return overview;
	}

	private String show(Overview overview, MessageKind kind, Model model) {
		model.addAttribute("overview", overview);
		model.addAttribute("kind", kind.name());
		model.addAttribute("withDate", kind == MessageKind.CLARIFICATION);
		model.addAttribute("toIco", kind == MessageKind.ICO_COMPLAINT);
		return "foi/request-follow-up";
	}

	/** A follow-up kind from the link; anything else is not a page here. */
	private static MessageKind kind(String value) {
		return FollowUps.KINDS.stream()
			.filter(kind -> kind.name().equals(value))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
