package org.crossforce.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security processes the POST to the same address. */
@Controller
class SignInPage {

	@GetMapping("/sign-in")
	String signIn() {
		return "identity/sign-in";
	}

}
