package org.crossforce.investigations.internal;

import jakarta.validation.Valid;

import java.util.List;

import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.investigations.Investigations;
import org.crossforce.investigations.StepRequest;
import org.crossforce.investigations.Timeline;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** For force systems: record an investigation's steps and read its timeline. */
@RestController
@Tag(name = "Investigations", description = "An investigation's steps against its lifecycle, and the Victims' Code duties")
class InvestigationApi {

	private final Investigations investigations;

	InvestigationApi(Investigations investigations) {
		this.investigations = investigations;
	}

	@PostMapping("/api/cases/{reference}/events")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a step (investigating force); refused with 400 when the lifecycle does not allow it")
	Timeline record(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@Valid @RequestBody StepRequest request) {
		return investigations.record(user, reference, request);
	}

	@GetMapping("/api/cases/{reference}/timeline")
	@Operation(summary = "The steps recorded, the phase of each track, what may come next, and the duties to the victim")
	Timeline timeline(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference) {
		return investigations.timeline(user, reference, "API");
	}

	@PostMapping("/api/cases/{reference}/duties/{duty}/victim-told")
	@Operation(summary = "Record that the victim has been told of the decision, closing the duty (investigating force)")
	Timeline victimTold(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@PathVariable long duty) {
		return investigations.victimTold(user, reference, duty);
	}

	@GetMapping("/api/duties")
	@Operation(summary = "Open Victims' Code duties of the caller's force's cases (the IOPC: every force's), "
			+ "oldest deadline first; overdue=true for only those past their deadline")
	List<Investigations.DutyDue> duties(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(defaultValue = "false") boolean overdue) {
		return investigations.duties(user, overdue);
	}

	@Bean
	static HttpAccessRules investigationRoutes() {
		return requests -> requests
			.requestMatchers("/api/cases/*/events", "/api/cases/*/timeline", "/api/cases/*/duties/*/victim-told")
			.authenticated()
			.requestMatchers("/api/duties")
			.hasAnyRole(Role.PROFESSIONAL_STANDARDS.name(), Role.INVESTIGATOR.name(), Role.IOPC.name());
	}

}
