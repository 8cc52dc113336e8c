package org.crossforce.tracking.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.calendar.WorkingDayRule;
import org.crossforce.investigations.Investigations;
import org.crossforce.investigations.Step;
import org.crossforce.investigations.Timeline;
import org.crossforce.investigations.Track;
import org.crossforce.investigations.TransitionTable;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.reports.ReportSummary;
import org.crossforce.reports.Reports;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The case as its victim sees it, in plain English: where each part of it stands, the decisions made with their
 * dates, and the day by which they should next hear. Reasons are shown for the decisions a victim is owed a reason
 * for (no further action, an acquittal, and review decisions); other reasons are the investigation's own record.
 */
@Component
class CaseProgress {

	/**
	 * The service's update standard: without a Victims' Code deadline running, the victim hears at least every 20
	 * working days (England and Wales), counted from the last thing recorded on the case, or from the report.
	 */
	static final int UPDATE_STANDARD_WORKING_DAYS = 20;

	/**
	 * Decisions whose reason the victim is told (Victims' Code 2021, Right 6; the Victims' Right to Review). An
	 * acquittal's reason says how the case ended at court: a verdict, or the case stopped.
	 */
	private static final Set<Step> REASON_SHOWN = Set.of(Step.NO_FURTHER_ACTION, Step.ACQUITTED,
			Step.REVIEW_DECISION_UPHELD, Step.REVIEW_DECISION_OVERTURNED);

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final Reports reports;

	private final Allocations allocations;

	private final Investigations investigations;

	private final WorkingDayCalendar calendar;

	private final Forces forces;

	private final MessageSource messages;

	CaseProgress(Reports reports, Allocations allocations, Investigations investigations, WorkingDayCalendar calendar,
			Forces forces, MessageSource messages) {
		this.reports = reports;
		this.allocations = allocations;
		this.investigations = investigations;
		this.calendar = calendar;
		this.forces = forces;
		this.messages = messages;
	}

	record Decision(LocalDate on, String text, String reason) {
	}

	/**
	 * @param investigatingForce the force's name, or null before allocation
	 * @param stages where each part of the case that has started stands, one sentence each
	 * @param decisions what has been recorded, oldest first
	 * @param nextUpdate the day by which the victim should next hear
	 * @param nextUpdateIsDuty whether that day is a Victims' Code deadline (else the service's update standard)
	 * @param noFurtherAction whether a decision not to take further action was made, which the victim may ask to
	 *        have reviewed
	 * @param mayAskForReview whether a review has not been asked for yet (the 3-month limit is checked on asking)
	 */
	record Progress(String investigatingForce, List<String> stages, List<Decision> decisions, LocalDate nextUpdate,
			boolean nextUpdateIsDuty, boolean noFurtherAction, boolean mayAskForReview) {
	}

	/** The victim's read of the timeline is audited by {@link Investigations#timelineForVictim}. */
	Progress of(String reference) {
		ReportSummary summary = reports.summary(reference).orElseThrow();
		String force = allocations.of(reference)
			.map(CaseAllocation::investigatingForce)
			.map(code -> forces.find(code).map(Force::name).orElse(code))
			.orElse(null);
		Timeline timeline = investigations.timelineForVictim(reference);
		List<String> stages = new ArrayList<>();
		stages.add(force == null ? text("track.stage.awaitingAllocation") : text("track.stage.allocated", force));
		for (String phase : timeline.phases()) {
			String[] parts = phase.split("=", 2);
			if (parts.length == 2 && !started(parts[0], parts[1])) {
				continue;
			}
			stages.add(stage(parts[0], parts.length == 2 ? parts[1] : "", timeline));
		}
		List<Decision> decisions = timeline.steps()
			.stream()
			.map(step -> new Decision(step.occurredOn(), stepText(step.step()), reasonShown(step)))
			.toList();
		LocalDate nextDuty = timeline.duties()
			.stream()
			.filter(Timeline.Duty::open)
			.map(Timeline.Duty::dueOn)
			.min(Comparator.naturalOrder())
			.orElse(null);
		LocalDate lastChange = timeline.steps()
			.stream()
			.map(step -> step.recordedAt().atZone(UK).toLocalDate())
			.max(Comparator.naturalOrder())
			.orElse(summary.submittedAt().atZone(UK).toLocalDate());
		LocalDate nextUpdate = nextDuty != null ? nextDuty
				: calendar.due(lastChange, UPDATE_STANDARD_WORKING_DAYS, WorkingDayRule.EW).due();
		boolean noFurtherAction = timeline.steps().stream().anyMatch(step -> step.step() == Step.NO_FURTHER_ACTION);
		return new Progress(force, stages, decisions, nextUpdate, nextDuty != null, noFurtherAction,
				timeline.allowedNext().contains(Step.REVIEW_REQUESTED));
	}

	/** Whether a track has moved from where every case starts; tracks this view does not know are shown. */
	private static boolean started(String track, String phase) {
		try {
			return !TransitionTable.start(Track.valueOf(track)).name().equals(phase);
		}
		catch (IllegalArgumentException unknownTrack) {
			return true;
		}
	}

	private String stage(String track, String phase, Timeline timeline) {
		if ("CRIMINAL".equals(track) && "NO_FURTHER_ACTION".equals(phase)) {
			String reason = timeline.steps()
				.stream()
				.filter(step -> step.step() == Step.NO_FURTHER_ACTION)
				.reduce((first, second) -> second)
				.map(Timeline.RecordedStep::reason)
				.orElse("");
			return text("track.stage.CRIMINAL.NO_FURTHER_ACTION", reason);
		}
		String stage = messages.getMessage("track.stage." + track + "." + phase, null, null,
				LocaleContextHolder.getLocale());
		return stage != null ? stage : text("track.stage.moved");
	}

	private String stepText(Step step) {
		String known = messages.getMessage("track.step." + step.name(), null, null, LocaleContextHolder.getLocale());
		return known != null ? known : text("track.step.other");
	}

	private static String reasonShown(Timeline.RecordedStep step) {
		return REASON_SHOWN.contains(step.step()) ? step.reason() : null;
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
