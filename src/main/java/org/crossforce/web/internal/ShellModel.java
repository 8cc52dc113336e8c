package org.crossforce.web.internal;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs to know. */
@ControllerAdvice
class ShellModel {

	private static final ZoneId UK_TIME = ZoneId.of("Europe/London");

	private final boolean demoMode;

	ShellModel(@Value("${crossforce.demo.enabled}") boolean demoMode) {
		this.demoMode = demoMode;
	}

	/** Times are shown as people in England and Wales read them. */
	@ModelAttribute("ukZone")
	ZoneId ukZone() {
		return UK_TIME;
	}

	/** Demo data is illustrative, and every page says so while it is loaded. */
	@ModelAttribute("demoMode")
	boolean demoMode() {
		return demoMode;
	}

}
