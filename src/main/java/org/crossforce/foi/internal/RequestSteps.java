package org.crossforce.foi.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crossforce.audit.AuditLog;
import org.crossforce.foi.Exemption;
import org.crossforce.foi.FoiState;
import org.crossforce.foi.RequestStep;
import org.crossforce.foi.internal.FoiRecords.Delivery;
import org.crossforce.foi.internal.FoiRecords.Direction;
import org.crossforce.foi.internal.FoiRecords.FoiRequest;
import org.crossforce.foi.internal.FoiRecords.MessageKind;
import org.crossforce.foi.internal.FoiRecords.RecordedStep;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.InvalidInput;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happened to a request: the authority's reply (kept as an incoming message with its attachments) and
 * the step it brings, or a step alone from the API, or our withdrawal. Every check is here, so the page and the API
 * refuse the same things with the same words.
 */
@Service
class RequestSteps {

	/** The states an authority's reply can bring about, in the order the reply form offers them. */
	static final Set<FoiState> REPLY_STATES = EnumSet.of(FoiState.AWAITING_CLARIFICATION,
			FoiState.EXTENDED_PUBLIC_INTEREST, FoiState.SUCCESSFUL, FoiState.PARTIALLY_SUCCESSFUL, FoiState.REFUSED,
			FoiState.INFORMATION_NOT_HELD, FoiState.INTERNAL_REVIEW_ANSWERED);

	/** States whose reply may cite exemptions: a refusal must cite one (FOIA s.17(1)(b)). */
	static final Set<FoiState> CITING_STATES = EnumSet.of(FoiState.REFUSED, FoiState.PARTIALLY_SUCCESSFUL,
			FoiState.INTERNAL_REVIEW_ANSWERED);

	/** Sixty working days is the ceiling FOIA s.10(4) regulations allow in any case; more is a typing slip. */
	static final int MAX_EXTENSION_DAYS = 60;

	static final int MAX_SUBJECT = 300;

	static final int MAX_BODY = 20_000;

	static final int MAX_NOTE = 2_000;

	static final int MAX_FILES = 10;

	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	/** Dates in refusals read as the rest of the service writes them, such as 3 March 2025. */
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final FoiRecords records;

	private final FoiAccess access;

	private final AuditLog audit;

	private final Clock clock;

	RequestSteps(FoiRecords records, FoiAccess access, AuditLog audit, Clock clock) {
		this.records = records;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What to record.
	 *
	 * @param state the state the request moves to; null for correspondence that changes nothing
	 * @param subject with {@code body}, the reply as received; both null records a step with no message (API only)
	 */
	record Entry(FoiState state, LocalDate effectiveOn, Integer extensionDays, Set<Exemption> exemptions, String note,
			String subject, String body) {

		Entry {
			exemptions = exemptions == null ? Set.of() : Set.copyOf(exemptions);
		}

		boolean hasMessage() {
			return subject != null || body != null;
		}

	}

	/** A file that came with a reply, as uploaded. */
	record Upload(String filename, byte[] content) {
	}

	/** Records the entry with its message and files in one transaction; returns the id of the message, if any. */
	@Transactional
	Long record(SignedInUser user, long requestId, Entry entry, List<Upload> files, boolean messageRequired) {
		FoiRequest request = access.changeableRequest(user, requestId);
		check(request, entry, files, messageRequired);
		var now = clock.instant();
		Long messageId = null;
		if (entry.hasMessage()) {
			messageId = records.addMessage(requestId, Direction.IN, MessageKind.REPLY, entry.subject().strip(),
					entry.body(), entry.effectiveOn(), Delivery.RECORDED, null, user.getUsername(), now);
			for (Upload file : files) {
				records.addAttachment(messageId, file.filename(), AttachmentDownload.contentTypeOf(file.filename()),
						file.content());
			}
		}
		if (entry.state() != null) {
			records.addStep(requestId, new RequestStep(entry.state(), entry.effectiveOn(), entry.extensionDays(),
					entry.exemptions()), blankToNull(entry.note()), messageId, user.getUsername(), now);
		}
		audit.record(user.getUsername(), entry.state() == null ? "foi.request.correspondence" : "foi.request.step",
				subject(requestId), "state=" + (entry.state() == null ? request.state() : entry.state()) + ", on="
						+ entry.effectiveOn() + (messageId == null ? "" : ", message=" + messageId + ", files="
								+ files.size()));
		return messageId;
	}

	/** We withdraw the request: the authority owes nothing more. */
	@Transactional
	void withdraw(SignedInUser user, long requestId) {
		FoiRequest request = access.changeableRequest(user, requestId);
		refuseIllegal(request.state(), FoiState.WITHDRAWN);
		records.addStep(requestId, RequestStep.of(FoiState.WITHDRAWN, today()), null, null, user.getUsername(),
				clock.instant());
		audit.record(user.getUsername(), "foi.request.withdrawn", subject(requestId), "from=" + request.state());
	}

	private void check(FoiRequest request, Entry entry, List<Upload> files, boolean messageRequired) {
		if (entry.state() != null) {
			refuseIllegal(request.state(), entry.state());
		}
		checkDate(entry.effectiveOn(), latestStepOn(request.id()), today(), "effectiveOn");
		if (entry.state() == FoiState.EXTENDED_PUBLIC_INTEREST) {
			if (entry.extensionDays() == null) {
				throw new InvalidInput("extensionDays", "foi.requests.error.extension.required");
			}
			if (entry.extensionDays() < 1 || entry.extensionDays() > MAX_EXTENSION_DAYS) {
				throw new InvalidInput("extensionDays", "foi.requests.error.extension.range", MAX_EXTENSION_DAYS);
			}
		}
		else if (entry.extensionDays() != null) {
			throw new InvalidInput("extensionDays", "foi.requests.error.extension.notExtension");
		}
		if (entry.state() == FoiState.REFUSED && entry.exemptions().isEmpty()) {
			throw new InvalidInput("exemptions", "foi.requests.error.exemptions.required");
		}
		if (!entry.exemptions().isEmpty() && !CITING_STATES.contains(entry.state())) {
			throw new InvalidInput("exemptions", "foi.requests.error.exemptions.notAllowed");
		}
		if (entry.note() != null && entry.note().length() > MAX_NOTE) {
			throw new InvalidInput("note", "foi.requests.error.note.tooLong", MAX_NOTE);
		}
		if (entry.state() == null && !entry.hasMessage()) {
			throw new InvalidInput("state", "foi.requests.error.state.required");
		}
		if (messageRequired || entry.hasMessage()) {
			checkMessage(entry.subject(), entry.body());
		}
		checkFiles(files);
	}

	/** The subject and text of a message, as the thread keeps them. */
	static void checkMessage(String subject, String body) {
		if (subject == null || subject.isBlank()) {
			throw new InvalidInput("subject", "foi.requests.error.subject.required");
		}
		if (subject.strip().length() > MAX_SUBJECT) {
			throw new InvalidInput("subject", "foi.requests.error.subject.tooLong", MAX_SUBJECT);
		}
		if (body == null || body.isBlank()) {
			throw new InvalidInput("body", "foi.requests.error.body.required");
		}
		if (body.length() > MAX_BODY) {
			throw new InvalidInput("body", "foi.requests.error.body.tooLong", MAX_BODY);
		}
	}

	/**
	 * A step's date: not in the future, and not before the latest step, whose date the clock has already counted
	 * from.
	 */
	static void checkDate(LocalDate on, LocalDate latest, LocalDate today, String field) {
		if (on == null) {
			throw new InvalidInput(field, "foi.requests.error.date.required");
		}
		if (on.isAfter(today)) {
			throw new InvalidInput(field, "foi.requests.error.date.future");
		}
		if (latest != null && on.isBefore(latest)) {
			throw new InvalidInput(field, "foi.requests.error.date.beforeLatest", DATE.format(latest));
		}
	}

	static void refuseIllegal(FoiState from, FoiState to) {
		if (!from.canMoveTo(to)) {
			throw new InvalidInput("state", "foi.requests.error.state.illegal",
					new DefaultMessageSourceResolvable(from.messageCode()),
					new DefaultMessageSourceResolvable(to.messageCode()));
		}
	}

	private static void checkFiles(List<Upload> files) {
		if (files.size() > MAX_FILES) {
			throw new InvalidInput("files", "foi.requests.error.files.tooMany", MAX_FILES);
		}
		for (Upload file : files) {
			if (file.content().length == 0) {
				throw new InvalidInput("files", "foi.requests.error.files.empty", file.filename());
			}
			if (file.content().length > MAX_FILE_BYTES) {
				throw new InvalidInput("files", "foi.requests.error.files.tooLarge", file.filename());
			}
		}
	}

	LocalDate latestStepOn(long requestId) {
		List<RecordedStep> steps = records.steps(requestId);
		return steps.isEmpty() ? null : steps.get(steps.size() - 1).step().effectiveOn();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(RequestOverview.UK));
	}

	static String subject(long requestId) {
		return "foi-request:" + requestId;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
