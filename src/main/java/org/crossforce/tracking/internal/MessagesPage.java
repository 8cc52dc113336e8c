package org.crossforce.tracking.internal;

import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.web.InvalidInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Messages": the case's secure messages, newest last, who can read them, and a form to write. */
@Controller
@VictimView
class MessagesPage {

	private final Conversations conversations;

	private final Forces forces;

	MessagesPage(Conversations conversations, Forces forces) {
		this.conversations = conversations;
		this.forces = forces;
	}

	public static final class MessageForm {

		private String body;

		public String getBody() {
			return body;
		}

		public void setBody(String body) {
			this.body = body;
		}

	}

	@InitBinder("message")
	void messageFields(WebDataBinder binder) {
		binder.setAllowedFields("body");
	}

	@GetMapping("/track/messages")
	String page(VictimSession victim, Model model) {
		model.addAttribute("message", new MessageForm());
		return show(victim, model);
	}

	@PostMapping("/track/messages")
	String send(VictimSession victim, @ModelAttribute("message") MessageForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			conversations.fromVictim(victim.reference(), form.getBody());
		}
		catch (InvalidInput invalid) {
			errors.rejectValue(invalid.field(), invalid.getCodes()[0], invalid.getArguments(), null);
			return show(victim, model);
		}
		redirect.addFlashAttribute("sent", true);
		return "redirect:/track/messages";
	}

	private String show(VictimSession victim, Model model) {
		Conversations.Readers readers = conversations.readers(victim.reference());
		model.addAttribute("thread", conversations.forVictim(victim.reference()));
		model.addAttribute("readers", readers);
		model.addAttribute("forceName", readers.investigatingForce() == null ? null
				: forces.find(readers.investigatingForce()).map(Force::name).orElse(readers.investigatingForce()));
		model.addAttribute("maxLength", SecureMessages.MAX_BODY);
		model.addAttribute("current", "messages");
		return "tracking/messages";
	}

}
