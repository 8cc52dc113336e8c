package org.crossforce.audit.internal;

import java.util.List;

import org.crossforce.audit.AccessAlert;
import org.crossforce.audit.AccessAlerts;
import org.crossforce.identity.Role;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The IOPC's and administrators' view of refused access by conflicted users: a page and the API. */
@Controller
@Tag(name = "Alerts", description = "Refused access by users in forces with a conflict of interest")
class AlertPages {

	private static final int SHOWN = 200;

	private final AccessAlerts alerts;

	AlertPages(AccessAlerts alerts) {
		this.alerts = alerts;
	}

	@GetMapping("/alerts")
	String page(Model model) {
		model.addAttribute("alerts", alerts.recent(SHOWN));
		return "audit/alerts";
	}

	@GetMapping("/api/alerts")
	@ResponseBody
	@Operation(summary = "The most recent alerts, newest first (IOPC and administrators)")
	List<AccessAlert> api() {
		return alerts.recent(SHOWN);
	}

	@Bean
	static HttpAccessRules alertRoutes() {
		return requests -> requests.requestMatchers("/alerts", "/api/alerts")
			.hasAnyRole(Role.IOPC.name(), Role.ADMINISTRATOR.name());
	}

}
