package org.crossforce.allocation.internal;

import org.crossforce.allocation.Allocations;
import org.crossforce.identity.Role;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The IOPC's queue: cases meeting a mandatory referral criterion, those awaiting a decision on mode first. */
@Controller
class ReferralQueuePage {

	private static final int SHOWN = 500;

	private final Allocations allocations;

	ReferralQueuePage(Allocations allocations) {
		this.allocations = allocations;
	}

	@GetMapping("/iopc/referrals")
	String queue(Model model) {
		model.addAttribute("referrals", allocations.referralQueue(SHOWN));
		return "allocation/referrals";
	}

	@Bean
	static HttpAccessRules referralQueueRoutes() {
		return requests -> requests.requestMatchers("/iopc", "/iopc/**").hasRole(Role.IOPC.name());
	}

}
