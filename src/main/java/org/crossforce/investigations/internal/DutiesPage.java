package org.crossforce.investigations.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.investigations.Investigations;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Victims' Code duties dashboard: a force's open duties, oldest deadline first, with how each deadline was
 * worked out and how late it is; the IOPC sees every force's count of overdue duties and picks a force to look at.
 * Deadlines only, no case content; the reference leads to the timeline page, which the access policy guards.
 */
@Controller
class DutiesPage {

	private final Investigations investigations;

	private final Forces forces;

	DutiesPage(Investigations investigations, Forces forces) {
		this.investigations = investigations;
		this.forces = forces;
	}

	@GetMapping("/duties")
	String duties(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) String force, Model model) {
		boolean oversight = user.hasRole(Role.IOPC);
		String shown = oversight ? forces.find(force == null ? "" : force).map(Force::code).orElse(null)
				: user.organisation().isForce() ? user.organisation().forceCode() : null;
		Map<String, String> names = forces.all().stream().collect(Collectors.toMap(Force::code, Force::name));
		model.addAttribute("oversight", oversight);
		model.addAttribute("overdueOnly", overdue);
		model.addAttribute("force", shown);
		model.addAttribute("forceName", shown == null ? null : names.getOrDefault(shown, shown));
		model.addAttribute("duties", shown == null ? List.of() : investigations.duties(user, shown, overdue));
		if (oversight) {
			Map<String, Investigations.DutyCount> counts = investigations.dutyCountsByForce(user);
			model.addAttribute("forceCounts",
					forces.all()
						.stream()
						.sorted(Comparator.comparing(Force::name))
						.map(f -> new ForceCount(f.code(), f.name(),
								counts.getOrDefault(f.code(), new Investigations.DutyCount(0, 0))))
						.toList());
		}
		return "investigations/duties";
	}

	/** One force's row in the IOPC's table. */
	record ForceCount(String code, String name, Investigations.DutyCount count) {
	}

	@Bean
	static HttpAccessRules investigationPageRoutes() {
		return requests -> requests.requestMatchers("/duties")
			.hasAnyRole(Role.PROFESSIONAL_STANDARDS.name(), Role.INVESTIGATOR.name(), Role.IOPC.name())
			// Any signed-in user may ask; the access policy decides each case, and unrelated users find nothing.
			.requestMatchers("/cases/*/timeline", "/cases/*/timeline/**")
			.authenticated();
	}

}
