package org.crossforce.tracking.internal;

import org.crossforce.investigations.Investigations;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Your case": where it stands, the decisions made, and when the victim should next hear; and, after a decision
 * to take no further action, asking for it to be reviewed (Victims' Right to Review).
 */
@Controller
@VictimView
class YourCasePage {

	private final CaseProgress progress;

	private final Investigations investigations;

	private final MessageSource messages;

	YourCasePage(CaseProgress progress, Investigations investigations, MessageSource messages) {
		this.progress = progress;
		this.investigations = investigations;
		this.messages = messages;
	}

	@GetMapping("/track/case")
	String page(VictimSession victim, Model model) {
		model.addAttribute("progress", progress.of(victim.reference()));
		model.addAttribute("updateStandard", CaseProgress.UPDATE_STANDARD_WORKING_DAYS);
		model.addAttribute("current", "case");
		return "tracking/case";
	}

	/** The request is dated today; the investigations module refuses it after the 3 months, naming the last day. */
	@PostMapping("/track/review")
	String askForReview(VictimSession victim, RedirectAttributes redirect) {
		try {
			investigations.requestReviewAsVictim(victim.reference());
			redirect.addFlashAttribute("reviewRequested", true);
		}
		catch (InvalidInput refused) {
			// Too late, or already asked (an IllegalStep): the reason in plain words, on the case page.
			redirect.addFlashAttribute("reviewRefused", messages.getMessage(refused, LocaleContextHolder.getLocale()));
		}
		return "redirect:/track/case";
	}

}
