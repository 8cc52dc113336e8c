package org.crossforce.allocation.internal;

import java.util.List;

import org.crossforce.allocation.Acceptance;
import org.crossforce.allocation.Allocations;
import org.crossforce.identity.Role;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The IOPC's queue: cases meeting a mandatory referral criterion, those awaiting a decision on mode first; and the
 * allocations not accepted in time, which escalate to the IOPC.
 */
@Controller
class ReferralQueuePage {

	private static final int SHOWN = 500;

	private final Allocations allocations;

	private final Forces forces;

	ReferralQueuePage(Allocations allocations, Forces forces) {
		this.allocations = allocations;
		this.forces = forces;
	}

	/** A late acceptance with the investigating force's name. */
	record LateAcceptance(Acceptance acceptance, String forceName) {
	}

	@GetMapping("/iopc/referrals")
	String queue(Model model) {
		model.addAttribute("referrals", allocations.referralQueue(SHOWN));
		List<LateAcceptance> late = allocations.overdueAcceptances()
			.stream()
			.map(acceptance -> new LateAcceptance(acceptance, forces.find(acceptance.investigatingForce())
				.map(Force::name)
				.orElse(acceptance.investigatingForce())))
			.toList();
		model.addAttribute("lateAcceptances", late);
		return "allocation/referrals";
	}

	@Bean
	static HttpAccessRules referralQueueRoutes() {
		return requests -> requests.requestMatchers("/iopc", "/iopc/**").hasRole(Role.IOPC.name());
	}

}
