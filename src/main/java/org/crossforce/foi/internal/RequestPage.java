package org.crossforce.foi.internal;

import org.crossforce.foi.FoiState;
import org.crossforce.foi.internal.RequestOverview.Overview;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One request: where it stands against the FOI clock and how each date was worked out, its steps, its correspondence,
 * and what can be done next (record a reply, send a follow-up, withdraw).
 */
@Controller
class RequestPage {

	private final RequestOverview overviews;

	private final RequestSteps steps;

	private final MessageSource messages;

	RequestPage(RequestOverview overviews, RequestSteps steps, MessageSource messages) {
		this.overviews = overviews;
		this.steps = steps;
		this.messages = messages;
	}

	@GetMapping("/foi/requests/{id}")
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Overview overview = overviews.of(user, id);
		model.addAttribute("overview", overview);
		model.addAttribute("followUpKinds", FollowUps.KINDS);
		model.addAttribute("mayWithdraw",
				overview.mayChange() && overview.request().state().canMoveTo(FoiState.WITHDRAWN));
		return "foi/request";
	}

	@GetMapping("/foi/requests/{id}/withdraw")
	String confirmWithdrawal(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Overview overview = overviews.of(user, id);
		if (!overview.mayChange()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("overview", overview);
		model.addAttribute("mayWithdraw", overview.request().state().canMoveTo(FoiState.WITHDRAWN));
		return "foi/request-withdraw";
	}

	@PostMapping("/foi/requests/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			steps.withdraw(user, id);
			redirect.addFlashAttribute("withdrawn", true);
		}
		catch (InvalidInput refused) {
			redirect.addFlashAttribute("refused", messages.getMessage(refused, LocaleContextHolder.getLocale()));
		}
		return "redirect:/foi/requests/" + id;
	}

}
