package org.crossforce.foi.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.crossforce.audit.AuditLog;
import org.crossforce.foi.ClockReading;
import org.crossforce.foi.FoiClock;
import org.crossforce.foi.FoiState;
import org.crossforce.foi.RequestStep;
import org.crossforce.foi.internal.FoiRecords.Authority;
import org.crossforce.foi.internal.FoiRecords.Delivery;
import org.crossforce.foi.internal.FoiRecords.Direction;
import org.crossforce.foi.internal.FoiRecords.FoiRequest;
import org.crossforce.foi.internal.FoiRecords.MessageKind;
import org.crossforce.foi.internal.FoiRecords.RecordedStep;
import org.crossforce.foi.internal.RequestOverview.Overview;
import org.crossforce.identity.SignedInUser;
import org.crossforce.notifications.Notifications;
import org.crossforce.notifications.OutgoingMessage;
import org.crossforce.web.InvalidInput;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What we send after the request: a clarification the authority asked for (FOIA s.1(3)), a chaser when it is late
 * (s.10(1)), a request for internal review (s.45 code of practice), and the summary of a complaint to the Information
 * Commissioner (s.50). Each is drafted from a template with the request's facts, edited, then sent by email through
 * the outbox when the authority has an address and email is configured, or as a printed letter.
 */
@Service
class FollowUps {

	/** The follow-ups, in the order the request page offers them. */
	static final Set<MessageKind> KINDS = EnumSet.of(MessageKind.CLARIFICATION, MessageKind.CHASER,
			MessageKind.INTERNAL_REVIEW_REQUEST, MessageKind.ICO_COMPLAINT);

	private final FoiRecords records;

	private final FoiAccess access;

	private final FoiClock foiClock;

	private final FollowUpDrafts drafts;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	FollowUps(FoiRecords records, FoiAccess access, FoiClock foiClock, FollowUpDrafts drafts,
			Notifications notifications, AuditLog audit, Clock clock) {
		this.records = records;
		this.access = access;
		this.foiClock = foiClock;
		this.drafts = drafts;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** What was sent and how, for the page to say (and link to the letter when it must be printed). */
	record Sent(long messageId, Delivery delivery) {
	}

	/** The follow-ups the request's state and clock allow now. */
	Set<MessageKind> allowed(ClockReading reading) {
		Set<MessageKind> allowed = EnumSet.noneOf(MessageKind.class);
		// The clock stops while the authority waits for our clarification (FOIA s.1(3)).
		if (reading.state() == FoiState.AWAITING_CLARIFICATION) {
			allowed.add(MessageKind.CLARIFICATION);
		}
		if (reading.overdue()) {
			allowed.add(MessageKind.CHASER);
		}
		if (reading.state().canMoveTo(FoiState.INTERNAL_REVIEW_REQUESTED)) {
			allowed.add(MessageKind.INTERNAL_REVIEW_REQUEST);
		}
		if (reading.state().canMoveTo(FoiState.ICO_COMPLAINT_MADE)) {
			allowed.add(MessageKind.ICO_COMPLAINT);
		}
		return allowed;
	}

	/** The template for the kind, filled with the request's facts; refused when the request does not allow it. */
	FollowUpDrafts.Draft draft(Overview overview, MessageKind kind) {
		refuseUnlessAllowed(kind, overview.clock());
		return drafts.draft(overview, kind);
	}

	/**
	 * Sends the follow-up as edited and records the step it brings.
	 *
	 * @param receivedOn for a clarification, the day the authority receives it: the clock starts again from there
	 */
	@Transactional
	Sent send(SignedInUser user, long requestId, MessageKind kind, String subject, String body,
			LocalDate receivedOn) {
		FoiRequest request = access.changeableRequest(user, requestId);
		List<RecordedStep> steps = records.steps(requestId);
		LocalDate today = LocalDate.now(clock.withZone(RequestOverview.UK));
		refuseUnlessAllowed(kind, foiClock.read(steps.stream().map(RecordedStep::step).toList(), today));
		RequestSteps.checkMessage(subject, body);
		LocalDate on = today;
		if (kind == MessageKind.CLARIFICATION) {
			RequestSteps.checkDate(receivedOn, steps.isEmpty() ? null : steps.get(steps.size() - 1).step()
				.effectiveOn(), today, "receivedOn");
			on = receivedOn;
		}
		Authority authority = records.authority(request.authorityCode()).orElseThrow();
		Delivery delivery = Delivery.LETTER;
		Long notificationId = null;
		if (kind == MessageKind.ICO_COMPLAINT) {
			// The complaint goes to the ICO through its own form: we keep what was submitted.
			delivery = Delivery.RECORDED;
		}
		else if (Campaigns.deliveryFor(authority, notifications.emailConfigured()) == Delivery.EMAIL) {
			notificationId = notifications.emailAuthority(new OutgoingMessage(authority.email(), subject.strip(), body));
			delivery = Delivery.EMAIL;
		}
		var now = clock.instant();
		long messageId = records.addMessage(requestId, Direction.OUT, kind, subject.strip(), body, on, delivery,
				notificationId, user.getUsername(), now);
		FoiState next = switch (kind) {
			case CLARIFICATION -> FoiState.CLARIFICATION_SENT;
			case INTERNAL_REVIEW_REQUEST -> FoiState.INTERNAL_REVIEW_REQUESTED;
			case ICO_COMPLAINT -> FoiState.ICO_COMPLAINT_MADE;
			default -> null;
		};
		if (next != null) {
			records.addStep(requestId, RequestStep.of(next, on), null, messageId, user.getUsername(), now);
		}
		audit.record(user.getUsername(), "foi.request.follow-up", RequestSteps.subject(requestId),
				"kind=" + kind + ", delivery=" + delivery + ", message=" + messageId
						+ (next == null ? "" : ", state=" + next));
		return new Sent(messageId, delivery);
	}

	private void refuseUnlessAllowed(MessageKind kind, ClockReading reading) {
		if (!KINDS.contains(kind) || !allowed(reading).contains(kind)) {
			throw new InvalidInput("kind", "foi.requests.error.followUp.notAllowed",
					new DefaultMessageSourceResolvable("foi.requests.kind." + kind.name()),
					new DefaultMessageSourceResolvable(reading.state().messageCode()));
		}
	}

	/** Our reference for the request, quoted in every follow-up. */
	static String reference(FoiRequest request) {
		return "FOI-" + request.campaignId() + "-" + request.id();
	}

}
