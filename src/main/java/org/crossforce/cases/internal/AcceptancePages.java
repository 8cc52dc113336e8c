package org.crossforce.cases.internal;

import org.crossforce.allocation.AllocationRefused;
import org.crossforce.allocation.Allocations;
import org.crossforce.identity.SignedInUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accepting or declining an allocation from the case page: the investigating force accepts within 2 working days
 * or declines with a reason, and the rule runs again without it. The allocation module decides who may; anyone else
 * is refused there.
 */
@Controller
class AcceptancePages {

	static final int MAX_REASON = 1000;

	private final Allocations allocations;

	private final MessageSource messages;

	AcceptancePages(Allocations allocations, MessageSource messages) {
		this.allocations = allocations;
		this.messages = messages;
	}

	@PostMapping("/cases/{reference}/accept")
	String accept(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			RedirectAttributes redirect) {
		String checked = CaseApi.checked(reference);
		try {
			allocations.accept(checked, user);
			redirect.addFlashAttribute("accepted", true);
		}
		catch (AllocationRefused refused) {
			redirect.addFlashAttribute("acceptanceError", text(refused));
		}
		return "redirect:/cases/" + checked;
	}

	@PostMapping("/cases/{reference}/decline")
	String decline(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@RequestParam(name = "declineReason", required = false) String reason, RedirectAttributes redirect) {
		String checked = CaseApi.checked(reference);
		String problem = reason == null || reason.isBlank() ? "staff.case.reason.required"
				: reason.length() > MAX_REASON ? "staff.case.reason.tooLong" : null;
		if (problem != null) {
			redirect.addFlashAttribute("declineError", messages.getMessage(problem, null, LocaleContextHolder.getLocale()));
			redirect.addFlashAttribute("declineReason", reason);
			return "redirect:/cases/" + checked + "#decline";
		}
		try {
			allocations.decline(checked, reason.trim(), user);
		}
		catch (AllocationRefused refused) {
			redirect.addFlashAttribute("declineError", text(refused));
			redirect.addFlashAttribute("declineReason", reason);
			return "redirect:/cases/" + checked + "#decline";
		}
		// The case has gone to another force, so this user can no longer open it.
		redirect.addFlashAttribute("declined", checked);
		return "redirect:/cases";
	}

	private String text(AllocationRefused refused) {
		return messages.getMessage(refused, LocaleContextHolder.getLocale());
	}

}
