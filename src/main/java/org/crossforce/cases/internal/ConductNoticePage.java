package org.crossforce.cases.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crossforce.allocation.Allocations;
import org.crossforce.identity.SignedInUser;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A force's professional standards department's restricted conduct notices about its own employees: who is
 * accused, of what kinds of abuse, and the risks to manage now. Never the victim's identity, contact details,
 * location or account. Each notice is read through {@link CaseViews#notice}, so each read is audited.
 */
@Controller
class ConductNoticePage {

	private final CaseViews views;

	private final Allocations allocations;

	private final Forces forces;

	ConductNoticePage(CaseViews views, Allocations allocations, Forces forces) {
		this.views = views;
		this.allocations = allocations;
		this.forces = forces;
	}

	@GetMapping("/cases/notices")
	String notices(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<CaseView.ConductNotice> notices = user.organisation().isForce()
				? allocations.employedBy(user.organisation().forceCode())
					.stream()
					.map(reference -> views.notice(user, reference, "conduct notices page"))
					.toList()
				: List.of();
		Map<String, String> names = forces.all().stream().collect(Collectors.toMap(Force::code, Force::name));
		model.addAttribute("notices", notices);
		model.addAttribute("forceNames", names);
		return "cases/notices";
	}

}
