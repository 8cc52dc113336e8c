package org.crossforce.allocation.internal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.crossforce.allocation.Acceptance;
import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The investigating force accepts or declines its allocation; late acceptances escalate to oversight. */
@RestController
@Tag(name = "Allocation", description = "Accepting or declining an allocation, and those not accepted in time")
class AcceptanceApi {

	private final Allocations allocations;

	AcceptanceApi(Allocations allocations) {
		this.allocations = allocations;
	}

	record Decline(@NotBlank @Size(max = 1000) String reason) {
	}

	@PostMapping("/api/cases/{reference}/acceptance")
	@Operation(summary = "Accept the allocation (the investigating force, within 2 working days)")
	Acceptance accept(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference) {
		return allocations.accept(reference, user);
	}

	@PostMapping("/api/cases/{reference}/decline")
	@Operation(summary = "Decline the allocation with a reason; the rule runs again without this force")
	CaseAllocation decline(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@Valid @RequestBody Decline decline) {
		return allocations.decline(reference, decline.reason(), user);
	}

	@GetMapping("/api/allocations/overdue")
	@Operation(summary = "Allocations not accepted within 2 working days: escalated (IOPC and administrators)")
	List<Acceptance> overdue() {
		return allocations.overdueAcceptances();
	}

	@Bean
	static HttpAccessRules acceptanceRoutes() {
		return requests -> requests.requestMatchers("/api/cases/*/acceptance", "/api/cases/*/decline")
			.hasAnyRole(Role.PROFESSIONAL_STANDARDS.name(), Role.INVESTIGATOR.name())
			.requestMatchers("/api/allocations/overdue")
			.hasAnyRole(Role.IOPC.name(), Role.ADMINISTRATOR.name());
	}

}
