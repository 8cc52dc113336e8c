package org.crossforce.identity.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security processes the POST to the same address. */
@Controller
class SignInPage {

	/** The outcome of the last attempt, from the redirect Spring Security made after it. */
	@GetMapping("/sign-in")
	String signIn(HttpServletRequest request, Model model) {
		var flags = request.getParameterMap();
		if (flags.containsKey("locked")) {
			model.addAttribute("problem", "identity.signIn.locked");
		}
		else if (flags.containsKey("error")) {
			model.addAttribute("problem", "identity.signIn.failed");
		}
		model.addAttribute("signedOut", flags.containsKey("signedOut"));
		return "identity/sign-in";
	}

}
