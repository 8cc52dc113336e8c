package org.crossforce.foi.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crossforce.foi.ClockReading;
import org.crossforce.foi.Exemption;
import org.crossforce.foi.FoiClock;
import org.crossforce.foi.FoiState;
import org.crossforce.foi.internal.FoiRecords.Attachment;
import org.crossforce.foi.internal.FoiRecords.Authority;
import org.crossforce.foi.internal.FoiRecords.Campaign;
import org.crossforce.foi.internal.FoiRecords.Delivery;
import org.crossforce.foi.internal.FoiRecords.FoiRequest;
import org.crossforce.foi.internal.FoiRecords.Message;
import org.crossforce.foi.internal.FoiRecords.MessageKind;
import org.crossforce.foi.internal.FoiRecords.RecordedStep;
import org.crossforce.identity.SignedInUser;
import org.crossforce.notifications.Notifications;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything known about one request as the user may read it: its campaign and authority, the clock read for today,
 * its steps and its correspondence with each email's delivery. The page and the API show the same facts.
 */
@Component
class RequestOverview {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private final FoiRecords records;

	private final FoiAccess access;

	private final FoiClock foiClock;

	private final FollowUps followUps;

	private final Notifications notifications;

	private final Clock clock;

	RequestOverview(FoiRecords records, FoiAccess access, FoiClock foiClock, FollowUps followUps,
			Notifications notifications, Clock clock) {
		this.records = records;
		this.access = access;
		this.foiClock = foiClock;
		this.followUps = followUps;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** One request: 404 if the user may not read its campaign. */
	record Overview(FoiRequest request, Campaign campaign, Authority authority, ClockReading clock,
			LocalDate receivedOn, Set<Exemption> exemptionsCited, List<RecordedStep> steps, List<Correspondence> thread,
			boolean mayChange, Set<MessageKind> followUps) {

		public String reference() {
			return FollowUps.reference(request);
		}

		/** The date of the latest step: nothing recorded later may be dated before it. */
		public LocalDate latestStepOn() {
			return steps.isEmpty() ? null : steps.get(steps.size() - 1).step().effectiveOn();
		}

	}

	/**
	 * One message of the thread.
	 *
	 * @param deliveryState for an email, where the outbox has it (PENDING, SENT, FAILED); null otherwise
	 */
	record Correspondence(Message message, String deliveryState, List<Attachment> attachments) {
	}

	@Transactional(readOnly = true)
	Overview of(SignedInUser user, long requestId) {
		FoiRequest request = access.readableRequest(user, requestId);
		Campaign campaign = records.campaign(request.campaignId()).orElseThrow();
		Authority authority = records.authority(request.authorityCode()).orElseThrow();
		List<RecordedStep> steps = records.steps(requestId);
		ClockReading reading = foiClock.read(steps.stream().map(RecordedStep::step).toList(), today());
		LocalDate receivedOn = steps.stream()
			.filter(step -> step.step().state() == FoiState.AWAITING_RESPONSE)
			.map(step -> step.step().effectiveOn())
			.findFirst()
			.orElse(null);
		Set<Exemption> cited = EnumSet.noneOf(Exemption.class);
		steps.forEach(step -> cited.addAll(step.step().exemptions()));
		Map<Long, List<Attachment>> attachments = records.attachments(requestId)
			.stream()
			.collect(Collectors.groupingBy(Attachment::messageId));
		List<Correspondence> thread = records.thread(requestId)
			.stream()
			.map(message -> new Correspondence(message, deliveryState(message),
					attachments.getOrDefault(message.id(), List.of())))
			.toList();
		boolean mayChange = access.mayChange(user, campaign);
		return new Overview(request, campaign, authority, reading, receivedOn, cited, steps, thread, mayChange,
				mayChange ? followUps.allowed(reading) : Set.of());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UK));
	}

	private String deliveryState(Message message) {
		if (message.delivery() != Delivery.EMAIL || message.notificationId() == null) {
			return null;
		}
		return notifications.delivery(message.notificationId()).map(Notifications.Delivery::state).orElse(null);
	}

}
