package org.crossforce.tracking.internal;

import org.crossforce.identity.SignedInUser;
import org.crossforce.web.InvalidInput;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff side of a case's secure messages: the thread and a form to write to the victim, for whoever the access
 * policy lets read them. Reached from the case page; the case pages' URL rules cover it (any signed-in user may ask,
 * the policy decides).
 */
@Controller
class StaffMessagesPage {

	private static final String PURPOSE = "messages page";

	private final Conversations conversations;

	StaffMessagesPage(Conversations conversations) {
		this.conversations = conversations;
	}

	@InitBinder("message")
	void messageFields(WebDataBinder binder) {
		binder.setAllowedFields("body");
	}

	@GetMapping("/cases/{reference}/messages")
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference, Model model) {
		model.addAttribute("message", new MessagesPage.MessageForm());
		return show(user, MessagesApi.checked(reference), model);
	}

	@PostMapping("/cases/{reference}/messages")
	String send(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@ModelAttribute("message") MessagesPage.MessageForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		String checked = MessagesApi.checked(reference);
		try {
			conversations.fromStaff(user, checked, form.getBody(), "message sent");
		}
		catch (InvalidInput invalid) {
			errors.rejectValue(invalid.field(), invalid.getCodes()[0], invalid.getArguments(), null);
			return show(user, checked, model);
		}
		redirect.addFlashAttribute("sent", true);
		return "redirect:/cases/" + checked + "/messages";
	}

	private String show(SignedInUser user, String reference, Model model) {
		model.addAttribute("thread", conversations.forStaff(user, reference, PURPOSE));
		model.addAttribute("reference", reference);
		model.addAttribute("maxLength", SecureMessages.MAX_BODY);
		return "tracking/staff-messages";
	}

}
