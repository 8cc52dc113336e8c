package org.crossforce.cases.internal;

import java.util.List;

import org.crossforce.allocation.Allocations;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Cases", description = "Cases as the caller may see them, and conduct notices for employing forces")
class CaseApi {

	/** References are "CF-" and two groups of four Crockford base-32 characters. */
	static final String REFERENCE = "CF-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

	private final CaseViews views;

	private final Allocations allocations;

	CaseApi(CaseViews views, Allocations allocations) {
		this.views = views;
		this.allocations = allocations;
	}

	@GetMapping("/api/cases/{reference}")
	@Operation(summary = "The case as the caller may see it: each part only where the access policy allows, every "
			+ "read audited; a user in a conflicted force is refused and an alert raised")
	CaseView one(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference) {
		return views.view(user, checked(reference), "API");
	}

	@GetMapping("/api/conduct-notices")
	@Operation(summary = "Restricted conduct notices about employees of the caller's force (professional standards)")
	List<CaseView.ConductNotice> notices(@AuthenticationPrincipal SignedInUser user) {
		if (!user.organisation().isForce()) {
			return List.of();
		}
		return allocations.employedBy(user.organisation().forceCode())
			.stream()
			.map(reference -> views.notice(user, reference, "API conduct notices"))
			.toList();
	}

	static String checked(String reference) {
		if (reference == null || !reference.matches(REFERENCE)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return reference;
	}

	@Bean
	static HttpAccessRules caseApiRoutes() {
		return requests -> requests.requestMatchers("/api/cases/*")
			.authenticated()
			.requestMatchers("/api/conduct-notices")
			.hasRole(Role.PROFESSIONAL_STANDARDS.name());
	}

}
