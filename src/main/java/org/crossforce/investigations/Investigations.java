package org.crossforce.investigations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.crossforce.allocation.Allocations;
import org.crossforce.audit.AuditLog;
import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.calendar.WorkingDayRule;
import org.crossforce.cases.CaseFiles;
import org.crossforce.cases.CaseResource;
import org.crossforce.identity.SignedInUser;
import org.crossforce.investigations.internal.InvestigationStore;
import org.crossforce.web.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an investigation step by step against the lifecycle, and starts the Victims' Code duty for each key
 * decision: tell the victim within one working day on the England and Wales calendar (Victims' Code 2021,
 * enhanced rights). Access goes through the cases module's policy, so only the investigating force records steps.
 */
@Service
public class Investigations {

	/** Enhanced rights: key decisions are told within 1 working day (5 for the standard service). */
	static final int KEY_DECISION_WORKING_DAYS = 1;

	/** The actor written to the audit log for what the victim does in their own view. */
	public static final String VICTIM = "victim";

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final CaseFiles cases;

	private final InvestigationStore store;

	private final WorkingDayCalendar calendar;

	private final AuditLog audit;

	private final Clock clock;

	private final Allocations allocations;

	/** More open cases than any force carries; the list is for a dashboard, not an export. */
	private static final int MAX_CASES = 10_000;

	Investigations(CaseFiles cases, InvestigationStore store, WorkingDayCalendar calendar, AuditLog audit,
			Clock clock, Allocations allocations) {
		this.allocations = allocations;
		this.cases = cases;
		this.store = store;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws IllegalStep when the step cannot follow where the investigation stands
	 * @throws InvalidInput when a reason or offence group the step needs is missing
	 */
	@Transactional
	public Timeline record(SignedInUser user, String reference, StepRequest request) {
		return cases.read(user, reference, CaseResource.INVESTIGATION_STEPS, "record " + request.step(), () -> {
			Step step = request.step();
			if (step.needsReason() && blank(request.reason())) {
				throw new InvalidInput("reason", "investigations.error.reason");
			}
			if (step == Step.CRIME_RECORDED && blank(request.offenceGroup())) {
				throw new InvalidInput("offenceGroup", "investigations.error.offenceGroup");
			}
			LocalDate today = today();
			if (request.occurredOn().isAfter(today)) {
				throw new InvalidInput("occurredOn", "investigations.error.future");
			}
			List<Timeline.RecordedStep> history = store.steps(reference);
			InvestigationState.after(history.stream().map(Timeline.RecordedStep::step).toList()).record(step);
			Instant now = clock.instant();
			long id = store.insertStep(reference, step, request.occurredOn(), trimmed(request.reason()),
					trimmed(request.offenceGroup()), now, user.getUsername());
			if (step.keyDecision()) {
				store.insertDuty(reference, id, calendar
					.due(request.occurredOn(), KEY_DECISION_WORKING_DAYS, WorkingDayRule.EW)
					.due());
			}
			audit.record(user.getUsername(), "case.step.recorded", "case " + reference,
					"step=" + step + ", occurredOn=" + request.occurredOn());
			return timelineOf(reference, today);
		});
	}

	/** Records that the victim has been told of the decision a duty is about, which closes the duty. */
	@Transactional
	public Timeline victimTold(SignedInUser user, String reference, long dutyId) {
		return cases.read(user, reference, CaseResource.INVESTIGATION_STEPS, "victim told", () -> {
			if (!store.closeDuty(reference, dutyId, user.getUsername(), clock.instant())) {
				throw new InvalidInput("duty", "investigations.error.noOpenDuty");
			}
			audit.record(user.getUsername(), "case.duty.victimTold", "case " + reference, "duty=" + dutyId);
			return timelineOf(reference, today());
		});
	}

	/**
	 * Open Victims' Code duties of the cases a force investigates (the IOPC sees every force's), with overdue
	 * worked out against today. Lists deadlines only, no case content.
	 */
	@Transactional(readOnly = true)
	public List<DutyDue> duties(SignedInUser user, boolean overdueOnly) {
		var open = user.hasRole(org.crossforce.identity.Role.IOPC) ? store.allOpenDuties()
				: user.organisation().isForce()
						? store.openDuties(allocations.investigatedBy(user.organisation().forceCode(), MAX_CASES, 0))
						: List.<InvestigationStore.OpenDuty>of();
		LocalDate today = today();
		return open.stream()
			.map(duty -> new DutyDue(duty.reference(), duty.id(), duty.decision(), duty.dueOn(),
					today.isAfter(duty.dueOn())))
			.filter(duty -> !overdueOnly || duty.overdue())
			.toList();
	}

	/** An open duty: the victim must be told of {@code decision} by {@code dueOn}. */
	public record DutyDue(String reference, long dutyId, Step decision, LocalDate dueOn, boolean overdue) {
	}

	/** Not read-only: reading the timeline writes its audit entry. */
	@Transactional
	public Timeline timeline(SignedInUser user, String reference, String purpose) {
		return cases.read(user, reference, CaseResource.TIMELINE, purpose, () -> timelineOf(reference, today()));
	}

	/**
	 * The timeline as the victim's own view shows it. The caller has checked the case's reference and passphrase;
	 * the read is audited with the victim as the actor.
	 */
	@Transactional
	public Timeline timelineForVictim(String reference) {
		audit.record(VICTIM, "case.read", "case " + reference, "resource=TIMELINE, relation=VICTIM, purpose=victim's view");
		return timelineOf(reference, today());
	}

	private Timeline timelineOf(String reference, LocalDate today) {
		List<Timeline.RecordedStep> steps = store.steps(reference);
		InvestigationState state = InvestigationState.after(steps.stream().map(Timeline.RecordedStep::step).toList());
		List<String> phases = Arrays.stream(Track.values())
			.map(track -> track.name() + "=" + state.phase(track).name())
			.toList();
		return new Timeline(reference, steps, phases, state.allowedSteps(), store.duties(reference, today));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(UK));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trimmed(String value) {
		return blank(value) ? null : value.trim();
	}

}
