package org.crossforce.investigations.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.List;

import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.investigations.CaseAssignments;
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
import org.springframework.web.bind.annotation.PutMapping;
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

	private final CaseAssignments assignments;

	InvestigationApi(Investigations investigations, CaseAssignments assignments) {
		this.investigations = investigations;
		this.assignments = assignments;
	}

	/** The usernames (email addresses) of the case's investigator and supervisor. */
	record AssignmentRequest(@Size(max = 254) String investigator, @Size(max = 254) String supervisor) {
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

	@PutMapping("/api/cases/{reference}/assignment")
	@Operation(summary = "Name the case's investigator and supervisor (the investigating force's professional "
			+ "standards department): two different enabled users of that force; 400 naming the field otherwise")
	Timeline.Assignment assign(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@Valid @RequestBody AssignmentRequest request) {
		return assignments.assign(user, reference, request.investigator(), request.supervisor());
	}

	@GetMapping("/api/duties")
	@Operation(summary = "Open Victims' Code duties of the caller's force's cases (the IOPC: every force's), "
			+ "oldest deadline first; overdue=true for only those past their deadline; the IOPC may pick one force")
	List<Investigations.DutyDue> duties(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String force) {
		return investigations.duties(user, force == null || force.isBlank() ? null : force, overdue);
	}

	@Bean
	static HttpAccessRules investigationRoutes() {
		return requests -> requests
			.requestMatchers("/api/cases/*/events", "/api/cases/*/timeline", "/api/cases/*/duties/*/victim-told",
					"/api/cases/*/assignment")
			.authenticated()
			.requestMatchers("/api/duties")
			.hasAnyRole(Role.PROFESSIONAL_STANDARDS.name(), Role.INVESTIGATOR.name(), Role.IOPC.name());
	}

}
