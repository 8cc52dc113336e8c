package org.crossforce.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StartPage {

	@GetMapping("/")
	String start() {
		return "start";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "accessibility";
	}

}
