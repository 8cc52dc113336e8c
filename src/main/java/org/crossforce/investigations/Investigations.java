package org.crossforce.investigations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.crossforce.allocation.Allocations;
import org.crossforce.audit.AuditLog;
import org.crossforce.calendar.CalendarArgumentException;
import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.calendar.WorkingDayRule;
import org.crossforce.cases.CaseFiles;
import org.crossforce.cases.CaseResource;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.investigations.internal.InvestigationStore;
import org.crossforce.investigations.internal.InvestigationStore.DutyRow;
import org.crossforce.investigations.internal.InvestigationStore.OpenDuty;
import org.crossforce.notifications.Notifications;
import org.crossforce.notifications.StaffNotice;
import org.crossforce.notifications.VictimPrompt;
import org.crossforce.web.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an investigation step by step against the lifecycle, and starts the Victims' Code duties each step brings:
 * tell the victim of a key decision within one working day (Victims' Code 2021, enhanced rights), and acknowledge
 * and decide a request for a review of a decision not to charge within 10 and 30 working days (Victims' Right to
 * Review), all on the England and Wales calendar. Access goes through the cases module's policy, so only the
 * investigating force records steps.
 */
@Service
public class Investigations {

	/** Victims' Right to Review: a review is asked for within 3 months of the decision not to charge. */
	static final int REVIEW_REQUEST_MONTHS = 3;

	/** The actor written to the audit log for what the victim does in their own view. */
	public static final String VICTIM = "victim";

	private static final ZoneId UK = ZoneId.of("Europe/London");

	/** More open cases than any force carries; the list is for a dashboard, not an export. */
	private static final int MAX_CASES = 10_000;

	private final CaseFiles cases;

	private final InvestigationStore store;

	private final WorkingDayCalendar calendar;

	private final AuditLog audit;

	private final Clock clock;

	private final Allocations allocations;

	private final Notifications notifications;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	Investigations(CaseFiles cases, InvestigationStore store, WorkingDayCalendar calendar, AuditLog audit,
			Clock clock, Allocations allocations, Notifications notifications, MessageSource messages,
			ApplicationEventPublisher events) {
		this.events = events;
		this.allocations = allocations;
		this.cases = cases;
		this.store = store;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
		this.notifications = notifications;
		this.messages = messages;
	}

	/**
	 * @throws IllegalStep when the step cannot follow where the investigation stands
	 * @throws InvalidInput when a reason or offence group the step needs is missing, or its date is not allowed
	 */
	@Transactional
	public Timeline record(SignedInUser user, String reference, StepRequest request) {
		return cases.read(user, reference, CaseResource.INVESTIGATION_STEPS, "record " + request.step(), () -> {
			LocalDate today = today();
			recordStep(user.getUsername(), reference, request, today);
			return timelineOf(reference, today, true);
		});
	}

	/**
	 * The victim asks, from their own view, for a review of the decision not to charge, dated today. The same rules
	 * apply as when the force records the request; the investigating force's professional standards department is
	 * notified. The caller has checked the case's reference and passphrase.
	 * @throws IllegalStep when there is no decision not to charge, or a review was already asked for
	 * @throws InvalidInput when more than 3 months have passed since the decision
	 */
	@Transactional
	public Timeline requestReviewAsVictim(String reference) {
		LocalDate today = today();
		recordStep(VICTIM, reference, new StepRequest(Step.REVIEW_REQUESTED, today, null, null), today);
		allocations.of(reference)
			.ifPresent(allocation -> notifications.notifyOrganisation(allocation.investigatingForce(),
					Role.PROFESSIONAL_STANDARDS, StaffNotice.REVIEW_REQUESTED));
		return timelineOf(reference, today, false);
	}

	private void recordStep(String actor, String reference, StepRequest request, LocalDate today) {
		Step step = request.step();
		if (step.needsReason() && blank(request.reason())) {
			throw new InvalidInput("reason", "investigations.error.reason");
		}
		if (step == Step.CRIME_RECORDED && blank(request.offenceGroup())) {
			throw new InvalidInput("offenceGroup", "investigations.error.offenceGroup");
		}
		if (request.occurredOn().isAfter(today)) {
			throw new InvalidInput("occurredOn", "investigations.error.future");
		}
		List<Timeline.RecordedStep> history = store.steps(reference);
		InvestigationState.after(history.stream().map(Timeline.RecordedStep::step).toList()).record(step);
		checkReviewDates(step, request.occurredOn(), history);
		Instant now = clock.instant();
		long id = store.insertStep(reference, step, request.occurredOn(), trimmed(request.reason()),
				trimmed(request.offenceGroup()), now, actor);
		events.publishEvent(new InvestigationStepRecorded(reference, step, request.occurredOn(), now));
		if (step.keyDecision()) {
			startDuty(reference, id, DutyKind.TELL_VICTIM, request.occurredOn());
			// The force still tells the victim itself; the prompt points them to their view, where it is written down.
			notifications.promptVictim(reference, VictimPrompt.CASE_UPDATED);
		}
		if (step == Step.REVIEW_REQUESTED) {
			startDuty(reference, id, DutyKind.ACKNOWLEDGE_REVIEW, request.occurredOn());
			startDuty(reference, id, DutyKind.DECIDE_REVIEW, request.occurredOn());
		}
		if (step == Step.REVIEW_ACKNOWLEDGED) {
			store.closeDuties(reference, DutyKind.ACKNOWLEDGE_REVIEW, actor, now)
				.forEach(duty -> dutyClosed(reference, duty, now));
		}
		if (step == Step.REVIEW_DECISION_UPHELD || step == Step.REVIEW_DECISION_OVERTURNED) {
			store.closeDuties(reference, DutyKind.DECIDE_REVIEW, actor, now)
				.forEach(duty -> dutyClosed(reference, duty, now));
		}
		audit.record(actor, "case.step.recorded", "case " + reference,
				"step=" + step + ", occurredOn=" + request.occurredOn());
	}

	private void startDuty(String reference, long stepId, DutyKind kind, LocalDate startedOn) {
		LocalDate dueOn = due(startedOn, kind);
		long dutyId = store.insertDuty(reference, stepId, kind, dueOn);
		events.publishEvent(new VictimsCodeDutyStarted(reference, dutyId, kind, dueOn));
	}

	private void dutyClosed(String reference, InvestigationStore.ClosedDuty duty, Instant at) {
		events.publishEvent(new VictimsCodeDutyClosed(reference, duty.id(), duty.kind(), duty.dueOn(),
				LocalDate.ofInstant(at, UK)));
	}

	/**
	 * A review is asked for after the decision not to charge and no later than 3 months after it; it is acknowledged
	 * and decided after it was asked for.
	 */
	private void checkReviewDates(Step step, LocalDate on, List<Timeline.RecordedStep> history) {
		if (step == Step.REVIEW_REQUESTED) {
			LocalDate decided = lastOf(history, Step.NO_FURTHER_ACTION);
			if (on.isBefore(decided)) {
				throw new InvalidInput("occurredOn", "investigations.error.reviewBeforeDecision", date(decided));
			}
			LocalDate lastDay = decided.plusMonths(REVIEW_REQUEST_MONTHS);
			if (on.isAfter(lastDay)) {
				throw new InvalidInput("occurredOn", "investigations.error.reviewTooLate", date(decided), date(lastDay));
			}
		}
		else if (step.track() == Track.REVIEW) {
			LocalDate requested = lastOf(history, Step.REVIEW_REQUESTED);
			if (on.isBefore(requested)) {
				throw new InvalidInput("occurredOn", "investigations.error.beforeReviewRequest", date(requested));
			}
		}
	}

	private static LocalDate lastOf(List<Timeline.RecordedStep> history, Step step) {
		return history.stream()
			.filter(recorded -> recorded.step() == step)
			.reduce((first, second) -> second)
			.orElseThrow()
			.occurredOn();
	}

	private LocalDate due(LocalDate from, DutyKind kind) {
		try {
			return calendar.due(from, kind.workingDays(), WorkingDayRule.EW).due();
		}
		catch (CalendarArgumentException outside) {
			throw new InvalidInput("occurredOn", "investigations.error.outsideCalendar");
		}
	}

	/** Records that the victim has been told of the decision a duty is about, which closes the duty. */
	@Transactional
	public Timeline victimTold(SignedInUser user, String reference, long dutyId) {
		return cases.read(user, reference, CaseResource.INVESTIGATION_STEPS, "victim told", () -> {
			Instant now = clock.instant();
			InvestigationStore.ClosedDuty closed = store.closeDuty(reference, dutyId, user.getUsername(), now)
				.orElseThrow(() -> new InvalidInput("duty", "investigations.error.noOpenDuty"));
			dutyClosed(reference, closed, now);
			audit.record(user.getUsername(), "case.duty.victimTold", "case " + reference, "duty=" + dutyId);
			return timelineOf(reference, today(), true);
		});
	}

	/**
	 * Open Victims' Code duties of the cases a force investigates (the IOPC sees every force's), with overdue
	 * worked out against today. Lists deadlines only, no case content.
	 */
	@Transactional(readOnly = true)
	public List<DutyDue> duties(SignedInUser user, boolean overdueOnly) {
		return duties(user, null, overdueOnly);
	}

	/**
	 * As {@link #duties(SignedInUser, boolean)}; the IOPC may narrow the list to one force ({@code force} null for
	 * every force), while a force's own users always see their force's duties whatever {@code force} says.
	 */
	@Transactional(readOnly = true)
	public List<DutyDue> duties(SignedInUser user, String force, boolean overdueOnly) {
		List<OpenDuty> open;
		Map<String, String> forceOf = new HashMap<>();
		if (user.hasRole(Role.IOPC) && force == null) {
			open = store.allOpenDuties();
			forceOf.putAll(allocations.investigatingForces(open.stream().map(OpenDuty::reference).distinct().toList()));
		}
		else {
			String investigating = user.hasRole(Role.IOPC) ? force
					: user.organisation().isForce() ? user.organisation().forceCode() : null;
			List<String> references = investigating == null ? List.of()
					: allocations.investigatedBy(investigating, MAX_CASES, 0);
			references.forEach(reference -> forceOf.put(reference, investigating));
			open = store.openDuties(references);
		}
		LocalDate today = today();
		Map<String, Timeline.Assignment> assignments = store
			.assignments(open.stream().map(OpenDuty::reference).distinct().toList());
		return open.stream()
			.filter(duty -> !overdueOnly || today.isAfter(duty.dueOn()))
			.map(duty -> dutyDue(duty, today, forceOf.get(duty.reference()), assignments.get(duty.reference())))
			.toList();
	}

	/** For the IOPC: how many open duties each force has, and how many of them are overdue, by force code. */
	@Transactional(readOnly = true)
	public Map<String, DutyCount> dutyCountsByForce(SignedInUser user) {
		if (!user.hasRole(Role.IOPC)) {
			return Map.of();
		}
		Map<String, DutyCount> counts = new TreeMap<>();
		for (DutyDue duty : duties(user, null, false)) {
			if (duty.force() != null) {
				counts.merge(duty.force(), new DutyCount(1, duty.overdue() ? 1 : 0), DutyCount::plus);
			}
		}
		return counts;
	}

	public record DutyCount(int open, int overdue) {

		DutyCount plus(DutyCount other) {
			return new DutyCount(open + other.open, overdue + other.overdue);
		}

	}

	private DutyDue dutyDue(OpenDuty duty, LocalDate today, String force, Timeline.Assignment assignment) {
		boolean overdue = today.isAfter(duty.dueOn());
		return new DutyDue(duty.reference(), duty.id(), duty.decision(), duty.dueOn(), overdue, duty.kind(),
				explanation(duty.startedOn(), duty.kind()),
				overdue ? calendar.workingDaysBetween(duty.dueOn(), today, WorkingDayRule.EW) : 0, force,
				assignment == null ? null : assignment.investigator());
	}

	/**
	 * An open duty: the victim must be told of {@code decision} (or the review it asked for acknowledged or decided,
	 * as {@code kind} says) by {@code dueOn}.
	 *
	 * @param workingDaysOverdue working days since the deadline, 0 when it has not passed (or passed at a weekend)
	 * @param force the investigating force's code
	 * @param investigator the assigned investigator's username, or null when none is assigned
	 */
	public record DutyDue(String reference, long dutyId, Step decision, LocalDate dueOn, boolean overdue,
			DutyKind kind, String explanation, int workingDaysOverdue, String force, String investigator) {
	}

	/** Not read-only: reading the timeline writes its audit entry. */
	@Transactional
	public Timeline timeline(SignedInUser user, String reference, String purpose) {
		return cases.read(user, reference, CaseResource.TIMELINE, purpose, () -> timelineOf(reference, today(), true));
	}

	/**
	 * The timeline as the victim's own view shows it, without the names of the staff assigned. The caller has checked
	 * the case's reference and passphrase; the read is audited with the victim as the actor.
	 */
	@Transactional
	public Timeline timelineForVictim(String reference) {
		audit.record(VICTIM, "case.read", "case " + reference, "resource=TIMELINE, relation=VICTIM, purpose=victim's view");
		return timelineOf(reference, today(), false);
	}

	private Timeline timelineOf(String reference, LocalDate today, boolean withAssignment) {
		List<Timeline.RecordedStep> steps = store.steps(reference);
		InvestigationState state = InvestigationState.after(steps.stream().map(Timeline.RecordedStep::step).toList());
		List<String> phases = Arrays.stream(Track.values())
			.map(track -> track.name() + "=" + state.phase(track).name())
			.toList();
		List<Timeline.Duty> duties = store.duties(reference).stream().map(row -> duty(row, today)).toList();
		return new Timeline(reference, steps, phases, state.allowedSteps(), duties,
				withAssignment ? store.assignment(reference).orElse(null) : null);
	}

	private Timeline.Duty duty(DutyRow row, LocalDate today) {
		return new Timeline.Duty(row.id(), row.stepId(), row.decision(), row.dueOn(), row.toldAt(),
				row.toldAt() == null && today.isAfter(row.dueOn()), row.kind(), row.startedOn(),
				explanation(row.startedOn(), row.kind()));
	}

	private String explanation(LocalDate startedOn, DutyKind kind) {
		return calendar.due(startedOn, kind.workingDays(), WorkingDayRule.EW).explanation();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(UK));
	}

	private String date(LocalDate date) {
		Locale locale = LocaleContextHolder.getLocale();
		return DateTimeFormatter.ofPattern(messages.getMessage("calendar.date.dayMonthYear", null, locale), Locale.UK)
			.format(date);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trimmed(String value) {
		return blank(value) ? null : value.trim();
	}

}
