package org.crossforce.web.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs to know. */
@ControllerAdvice
class ShellModel {

	private final boolean demoMode;

	ShellModel(@Value("${crossforce.demo.enabled}") boolean demoMode) {
		this.demoMode = demoMode;
	}

	/** Demo data is illustrative, and every page says so while it is loaded. */
	@ModelAttribute("demoMode")
	boolean demoMode() {
		return demoMode;
	}

}
