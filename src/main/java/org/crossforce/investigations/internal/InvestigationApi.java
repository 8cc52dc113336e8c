package org.crossforce.investigations.internal;

import jakarta.validation.Valid;

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

	@Bean
	static HttpAccessRules investigationRoutes() {
		return requests -> requests.requestMatchers("/api/cases/*/events", "/api/cases/*/timeline").authenticated();
	}

}
