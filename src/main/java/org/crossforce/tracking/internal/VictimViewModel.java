package org.crossforce.tracking.internal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page of the victim's view has: GOV.UK's "Exit this page", which ends the session. */
@ControllerAdvice(annotations = VictimView.class)
class VictimViewModel {

	@ModelAttribute("exitThisPage")
	String exitThisPage() {
		return TrackingConfiguration.EXIT;
	}

}
