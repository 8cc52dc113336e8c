package org.crossforce.foi.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crossforce.audit.AuditLog;
import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.foi.FoiState;
import org.crossforce.foi.RequestStep;
import org.crossforce.foi.internal.FoiRecords.Authority;
import org.crossforce.foi.internal.FoiRecords.Campaign;
import org.crossforce.foi.internal.FoiRecords.Delivery;
import org.crossforce.foi.internal.FoiRecords.Direction;
import org.crossforce.foi.internal.FoiRecords.FoiRequest;
import org.crossforce.foi.internal.FoiRecords.MessageKind;
import org.crossforce.identity.SignedInUser;
import org.crossforce.notifications.Notifications;
import org.crossforce.notifications.OutgoingMessage;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing a campaign, addressing it to the chosen authorities and sending it: each request is filled in for its
 * authority, goes by email where an address is known and email is configured, else as a printed letter, and starts
 * the FOI clock on the day the authority receives it (FOIA s.10(1)).
 */
@Service
class Campaigns {

	static final int MAX_TITLE = 200;

	static final int MAX_SUBJECT = 200;

	static final int MAX_BODY = 10_000;

	/** foi_message.body's size: a text whose placeholders make it longer cannot be kept as sent. */
	private static final int MAX_RENDERED_BODY = 20_000;

	private static final int MAX_RENDERED_SUBJECT = 300;

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	enum Scope {
		ALL, REGION, CHOSEN
	}

	/** Which authorities a campaign goes to: all, every one in a region, or those chosen by code. */
	record AuthorityChoice(Scope scope, String region, List<String> codes) {
	}

	record Draft(String title, String subject, String body, AuthorityChoice authorities) {
	}

	record Sent(int byEmail, int byLetter) {
	}

	private final FoiRecords records;

	private final FoiAccess access;

	private final Notifications notifications;

	private final AuditLog audit;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	Campaigns(FoiRecords records, FoiAccess access, Notifications notifications, AuditLog audit,
			MessageSource messages, JdbcClient jdbc, Clock clock) {
		this.records = records;
		this.access = access;
		this.notifications = notifications;
		this.audit = audit;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** By email only when email really goes out and the authority has published an address; else by letter. */
	static Delivery deliveryFor(Authority authority, boolean emailConfigured) {
		return emailConfigured && authority.email() != null && !authority.email().isBlank() ? Delivery.EMAIL
				: Delivery.LETTER;
	}

	Delivery deliveryFor(Authority authority) {
		return deliveryFor(authority, notifications.emailConfigured());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UK));
	}

	@Transactional
	long create(SignedInUser user, Draft draft) {
		checkText(draft.title(), draft.subject(), draft.body());
		List<Authority> chosen = chosen(draft.authorities());
		Instant now = clock.instant();
		long id = records.insertCampaign(draft.title().strip(), draft.subject().strip(), draft.body().strip(),
				user.organisation().code(), user.getUsername(), now, false, null, null);
		for (Authority authority : chosen) {
			records.insertRequest(id, authority.code(), deliveryFor(authority), now);
		}
		audit.record(user.getUsername(), "foi.campaign.created", subject(id),
				"requests=" + chosen.size() + " scope=" + draft.authorities().scope());
		return id;
	}

	@Transactional
	void updateText(SignedInUser user, long campaignId, String title, String subject, String body) {
		Campaign campaign = access.changeableCampaign(user, campaignId);
		refuseIfSent(campaign);
		checkText(title, subject, body);
		records.updateCampaignText(campaignId, title.strip(), subject.strip(), body.strip());
		audit.record(user.getUsername(), "foi.campaign.edited", subject(campaignId), null);
	}

	/**
	 * Sends every request not yet sent, all or none: each is filled in, recorded as the request message dated the day
	 * the authority receives it, and starts the clock that day.
	 */
	@Transactional
	Sent send(SignedInUser user, long campaignId, LocalDate receivedOn) {
		Campaign campaign = access.changeableCampaign(user, campaignId);
		refuseIfSent(campaign);
		checkReceivedOn(receivedOn);
		Instant now = clock.instant();
		// The guarded update locks the row: a second sender waits, then finds it sent and sends nothing.
		if (jdbc.sql("update foi_campaign set sent_at = :at where id = :id and sent_at is null")
			.param("at", Timestamp.from(now))
			.param("id", campaignId)
			.update() != 1) {
			throw new InvalidInput("campaign", "foi.campaign.send.already");
		}
		Map<String, Authority> authorities = records.authorities().stream()
			.collect(Collectors.toMap(Authority::code, Function.identity()));
		int byEmail = 0;
		int byLetter = 0;
		for (FoiRequest request : records.requestsOf(campaignId)) {
			if (request.state() != FoiState.NOT_SENT) {
				continue;
			}
			Authority authority = authorities.get(request.authorityCode());
			Delivery delivery = deliveryFor(authority);
			if (delivery != request.delivery()) {
				records.updateDelivery(request.id(), delivery);
			}
			var values = new CampaignText.Values(authority.name(), authority.region(), receivedOn,
					user.organisation().name(), CampaignText.reference(campaignId, request.id()));
			String subject = CampaignText.render(campaign.subjectTemplate(), values);
			String body = CampaignText.render(campaign.bodyTemplate(), values);
			if (subject.length() > MAX_RENDERED_SUBJECT) {
				throw new InvalidInput("subject", "foi.campaign.subject.renderedTooLong", MAX_RENDERED_SUBJECT);
			}
			if (body.length() > MAX_RENDERED_BODY) {
				throw new InvalidInput("body", "foi.campaign.body.renderedTooLong", MAX_RENDERED_BODY);
			}
			Long notification = delivery == Delivery.EMAIL
					? notifications.emailAuthority(new OutgoingMessage(authority.email(), subject, body)) : null;
			long message = records.addMessage(request.id(), Direction.OUT, MessageKind.REQUEST, subject, body,
					receivedOn, delivery, notification, user.getUsername(), now);
			records.addStep(request.id(), RequestStep.of(FoiState.AWAITING_RESPONSE, receivedOn),
					messages.getMessage("foi.campaign.sent.note." + delivery.name(), null, Locale.UK), message,
					user.getUsername(), now);
			if (delivery == Delivery.EMAIL) {
				byEmail++;
			}
			else {
				byLetter++;
			}
		}
		audit.record(user.getUsername(), "foi.campaign.sent", subject(campaignId),
				"email=" + byEmail + " letter=" + byLetter + " receivedOn=" + receivedOn);
		return new Sent(byEmail, byLetter);
	}

	/** The regions the authorities are in, for choosing a region. */
	List<String> regions() {
		return records.authorities().stream().map(Authority::region).distinct().sorted().toList();
	}

	static String subject(long campaignId) {
		return "foi-campaign " + campaignId;
	}

	private static void refuseIfSent(Campaign campaign) {
		if (campaign.sentAt() != null) {
			throw new InvalidInput("campaign", "foi.campaign.send.already");
		}
	}

	private void checkReceivedOn(LocalDate receivedOn) {
		if (receivedOn == null) {
			throw new InvalidInput("receivedOn", "foi.campaign.send.date.required");
		}
		if (receivedOn.isAfter(today())) {
			throw new InvalidInput("receivedOn", "foi.campaign.send.date.future");
		}
		if (receivedOn.isBefore(WorkingDayCalendar.FIRST_DAY) || receivedOn.isAfter(WorkingDayCalendar.LAST_DAY)) {
			throw new InvalidInput("receivedOn", "foi.campaign.send.date.range",
					LONG_DATE.format(WorkingDayCalendar.FIRST_DAY), LONG_DATE.format(WorkingDayCalendar.LAST_DAY));
		}
	}

	static void checkText(String title, String subject, String body) {
		checkLength("title", title, MAX_TITLE);
		checkLength("subject", subject, MAX_SUBJECT);
		checkLength("body", body, MAX_BODY);
		CampaignText.checkPlaceholders("subject", subject);
		CampaignText.checkPlaceholders("body", body);
	}

	private static void checkLength(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "foi.campaign." + field + ".required");
		}
		if (value.strip().length() > max) {
			throw new InvalidInput(field, "foi.campaign." + field + ".tooLong", max);
		}
	}

	private List<Authority> chosen(AuthorityChoice choice) {
		if (choice == null || choice.scope() == null) {
			throw new InvalidInput("scope", "foi.campaign.scope.required");
		}
		List<Authority> all = records.authorities();
		List<Authority> chosen = switch (choice.scope()) {
			case ALL -> all;
			case REGION -> {
				if (choice.region() == null || choice.region().isBlank()) {
					throw new InvalidInput("region", "foi.campaign.region.required");
				}
				List<Authority> inRegion = all.stream().filter(a -> a.region().equals(choice.region())).toList();
				if (inRegion.isEmpty()) {
					throw new InvalidInput("region", "foi.campaign.region.unknown", choice.region());
				}
				yield inRegion;
			}
			case CHOSEN -> {
				Set<String> codes = new LinkedHashSet<>(choice.codes() == null ? List.of() : choice.codes());
				if (codes.isEmpty()) {
					throw new InvalidInput("codes", "foi.campaign.codes.required");
				}
				Set<String> known = all.stream().map(Authority::code).collect(Collectors.toSet());
				for (String code : codes) {
					if (!known.contains(code)) {
						throw new InvalidInput("codes", "foi.campaign.codes.unknown", String.valueOf(code));
					}
				}
				yield all.stream().filter(a -> codes.contains(a.code())).toList();
			}
		};
		return chosen;
	}

}
