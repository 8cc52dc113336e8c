package org.crossforce.foi.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.crossforce.foi.ClockReading;
import org.crossforce.foi.Exemption;
import org.crossforce.foi.FoiState;
import org.crossforce.foi.internal.FoiRecords.Delivery;
import org.crossforce.foi.internal.FoiRecords.Direction;
import org.crossforce.foi.internal.FoiRecords.MessageKind;
import org.crossforce.foi.internal.RequestOverview.Overview;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.InvalidInput;

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

/** One FOI request against the clock, and recording its steps, for other systems. */
@RestController
@Tag(name = "FOI requests", description = "One request's clock, steps and correspondence")
class RequestApi {

	private final RequestOverview overviews;

	private final RequestSteps steps;

	RequestApi(RequestOverview overviews, RequestSteps steps) {
		this.overviews = overviews;
		this.steps = steps;
	}

	record AuthorityJson(String code, String name) {
	}

	record StepJson(long id, FoiState state, LocalDate effectiveOn, Integer extensionDays, Set<Exemption> exemptions,
			String note, Long messageId, String recordedBy, Instant recordedAt) {
	}

	record AttachmentJson(long id, String filename, long sizeBytes) {
	}

	record MessageJson(long id, Direction direction, MessageKind kind, String subject, LocalDate datedOn,
			Delivery delivery, String deliveryState, List<AttachmentJson> attachments) {
	}

	/**
	 * A request as the clock reads it today.
	 *
	 * @param explanation how {@code dueDate} was worked out, or why there is none
	 */
	record RequestJson(long id, long campaignId, String campaignTitle, AuthorityJson authority, FoiState state,
			Delivery delivery, LocalDate receivedOn, LocalDate dueDate, boolean overdue, boolean veryOverdue,
			LocalDate veryOverdueAfter, int workingDaysOverdue, String explanation, LocalDate actBy,
			String actByExplanation, List<String> warnings, Set<Exemption> exemptions, List<StepJson> steps,
			List<MessageJson> messages) {
	}

	/** The reply as received, if the step came with one. */
	record MessageBody(String subject, String body) {
	}

	record StepBody(FoiState state, LocalDate effectiveOn, Integer extensionDays, Set<Exemption> exemptions,
			String note, MessageBody message) {
	}

	@GetMapping("/api/foi/requests/{id}")
	@Operation(summary = "A request: its clock (due date, how it was worked out, overdue), steps and messages")
	RequestJson request(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		return json(overviews.of(user, id));
	}

	@PostMapping("/api/foi/requests/{id}/steps")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a step, with the authority's reply if it came with one; 400 names the field at fault")
	RequestJson record(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestBody StepBody body) {
		MessageBody message = body.message();
		try {
			steps.record(user, id, new RequestSteps.Entry(body.state(), body.effectiveOn(), body.extensionDays(),
					body.exemptions(), body.note(), message == null ? null : message.subject(),
					message == null ? null : message.body()), List.of(), false);
		}
		catch (InvalidInput invalid) {
			if ("subject".equals(invalid.field()) || "body".equals(invalid.field())) {
				throw new InvalidInput("message." + invalid.field(), invalid.getCodes()[0], invalid.getArguments());
			}
			throw invalid;
		}
		return json(overviews.of(user, id));
	}

	private static RequestJson json(Overview overview) {
		ClockReading clock = overview.clock();
		List<StepJson> stepsJson = overview.steps()
			.stream()
			.map(step -> new StepJson(step.id(), step.step().state(), step.step().effectiveOn(),
					step.step().extensionDays(), step.step().exemptions(), step.note(), step.messageId(),
					step.recordedBy(), step.recordedAt()))
			.toList();
		List<MessageJson> messages = overview.thread()
			.stream()
			.map(item -> new MessageJson(item.message().id(), item.message().direction(), item.message().kind(),
					item.message().subject(), item.message().datedOn(), item.message().delivery(),
					item.deliveryState(), item.attachments()
						.stream()
						.map(file -> new AttachmentJson(file.id(), file.filename(), file.sizeBytes()))
						.toList()))
			.toList();
		return new RequestJson(overview.request().id(), overview.campaign().id(), overview.campaign().title(),
				new AuthorityJson(overview.authority().code(), overview.authority().name()), clock.state(),
				overview.request().delivery(), overview.receivedOn(), clock.dueDate(), clock.overdue(),
				clock.veryOverdue(), clock.veryOverdueAfter(), clock.workingDaysOverdue(), clock.explanation(),
				clock.actBy(), clock.actByExplanation(), clock.warnings(), overview.exemptionsCited(), stepsJson,
				messages);
	}

}
