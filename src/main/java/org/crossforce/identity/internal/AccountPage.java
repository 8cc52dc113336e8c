package org.crossforce.identity.internal;


import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.crossforce.identity.SignedInUser;

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

/** A signed-in user's own account: who they are, where they belong, and their API tokens. */
@Controller
class AccountPage {

	private final ApiTokens tokens;

	AccountPage(ApiTokens tokens) {
		this.tokens = tokens;
	}

	static final class NewTokenForm {

		@NotBlank(message = "{identity.token.label.required}")
		@Size(max = 100, message = "{identity.token.label.tooLong}")
		private String label;

		public String getLabel() {
			return label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("label");
	}

	@ModelAttribute("newToken")
	NewTokenForm newToken() {
		return new NewTokenForm();
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("tokens", tokens.tokensOf(user));
		return "identity/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("newToken") NewTokenForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return account(user, model);
		}
		ApiTokens.IssuedToken issued = tokens.issue(user, form.getLabel().trim());
		// Shown once, on the next page only: the token itself is never stored.
		redirect.addFlashAttribute("issuedToken", issued);
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute(tokens.revoke(user, id) ? "revoked" : "notRevoked", id);
		return "redirect:/account";
	}

}
