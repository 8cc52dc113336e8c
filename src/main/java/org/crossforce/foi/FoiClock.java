package org.crossforce.foi;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crossforce.calendar.Deadline;
import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.calendar.WorkingDayRule;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The FOI clock: from a request's steps and today's date, when the authority must respond, whether it is late, and
 * how each date was worked out. Every count is in FOI working days ({@link WorkingDayRule#FOI}).
 */
@Service
public class FoiClock {

	/** FOIA s.10(1): the 20th working day following the date of receipt. */
	public static final int RESPONSE_WORKING_DAYS = 20;

	/**
	 * A public interest extension must be "reasonable": the ICO's guidance is normally no more than 20 further working
	 * days. More is allowed but warned about.
	 */
	public static final int REASONABLE_EXTENSION_WORKING_DAYS = 20;

	/** Section 45 code of practice (2018), 5.5: an internal review within 20 working days... */
	public static final int INTERNAL_REVIEW_WORKING_DAYS = 20;

	/** ...and 40 at most in exceptional cases. */
	public static final int INTERNAL_REVIEW_MAX_WORKING_DAYS = 40;

	/**
	 * Very overdue: 20 working days beyond the deadline, so 40 after receipt for an unextended request, and the 40-day
	 * maximum for an internal review.
	 */
	public static final int VERY_OVERDUE_AFTER_WORKING_DAYS = 20;

	/** Section 45 code of practice, 5.4: an authority need not accept a review asked for more than 40 days later. */
	public static final int REVIEW_REQUEST_WORKING_DAYS = 40;

	/** The ICO usually expects a complaint within 3 months of the last meaningful contact. */
	public static final int ICO_COMPLAINT_MONTHS = 3;

	private final WorkingDayCalendar calendar;

	private final MessageSource messages;

	FoiClock(WorkingDayCalendar calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	/**
	 * Reads the clock for the steps, in the order they were recorded, as it stands on {@code today}.
	 */
	public ClockReading read(List<RequestStep> steps, LocalDate today) {
		Reading reading = new Reading();
		for (RequestStep step : steps) {
			reading.apply(step);
		}
		return reading.on(today);
	}

	/** The clock as the steps are applied one by one. */
	private final class Reading {

		private FoiState state = FoiState.NOT_SENT;

		/** The step that (re)started the response clock: receipt, or receipt of a clarification. */
		private RequestStep started;

		private final List<RequestStep> extensions = new ArrayList<>();

		private LocalDate stoppedOn;

		private ClockReading.Answer answer;

		private LocalDate lastAnsweredOn;

		private LocalDate reviewRequestedOn;

		private LocalDate reviewAnsweredOn;

		private final List<String> warnings = new ArrayList<>();

		void apply(RequestStep step) {
			state = step.state();
			switch (step.state()) {
				case AWAITING_RESPONSE, CLARIFICATION_SENT -> {
					started = step;
					extensions.clear();
					stoppedOn = null;
				}
				case AWAITING_CLARIFICATION -> stoppedOn = step.effectiveOn();
				case EXTENDED_PUBLIC_INTEREST -> extend(step);
				case SUCCESSFUL, PARTIALLY_SUCCESSFUL, REFUSED, INFORMATION_NOT_HELD -> answered(step);
				case INTERNAL_REVIEW_REQUESTED -> {
					reviewRequestedOn = step.effectiveOn();
					reviewAnsweredOn = null;
				}
				case INTERNAL_REVIEW_ANSWERED -> reviewAnsweredOn = step.effectiveOn();
				default -> {
				}
			}
		}

		/**
		 * An extension is late when announced after the deadline then in force: the 20 working days for the first
		 * (FOIA s.17(2)), the previously extended date for a further one, which the ICO accepts so long as the total
		 * stays reasonable.
		 */
		private void extend(RequestStep step) {
			if (started != null) {
				LocalDate inForce = responseDue().date();
				if (step.effectiveOn().isAfter(inForce)) {
					warnings.add(text("foi.clock.warning.lateExtension", date(step.effectiveOn()), date(inForce)));
				}
			}
			extensions.add(step);
		}

		/** The warnings so far, and one for the extensions' total if it is too long (once, however many there are). */
		private List<String> warnings() {
			List<String> all = new ArrayList<>(warnings);
			int total = extensionDays();
			if (total > REASONABLE_EXTENSION_WORKING_DAYS) {
				all.add(text("foi.clock.warning.longExtension", total, REASONABLE_EXTENSION_WORKING_DAYS));
			}
			return all;
		}

		private void answered(RequestStep step) {
			lastAnsweredOn = step.effectiveOn();
			if (answer != null || started == null) {
				return;
			}
			LocalDate due = responseDue().date();
			answer = new ClockReading.Answer(step.state(), step.effectiveOn(), due,
					calendar.workingDaysBetween(started.effectiveOn(), step.effectiveOn(), WorkingDayRule.FOI),
					!step.effectiveOn().isAfter(due));
		}

		ClockReading on(LocalDate today) {
			return switch (state) {
				case NOT_SENT -> quiet(text("foi.clock.notSent"), null, null);
				case WITHDRAWN -> quiet(text("foi.clock.withdrawn"), null, null);
				case AWAITING_CLARIFICATION -> quiet(text("foi.clock.stopped", date(stoppedOn)), null, null);
				case AWAITING_RESPONSE, CLARIFICATION_SENT, EXTENDED_PUBLIC_INTEREST -> {
					Due due = responseDue();
					yield owed(due.date(), due.explanation(), today);
				}
				case SUCCESSFUL, PARTIALLY_SUCCESSFUL, REFUSED, INFORMATION_NOT_HELD -> {
					LocalDate reviewBy = calendar.due(lastAnsweredOn, REVIEW_REQUEST_WORKING_DAYS, WorkingDayRule.FOI)
						.due();
					yield quiet(text("foi.clock.answered", date(lastAnsweredOn)), reviewBy,
							text("foi.clock.reviewBy", date(reviewBy), REVIEW_REQUEST_WORKING_DAYS));
				}
				case INTERNAL_REVIEW_REQUESTED -> {
					Deadline review = calendar.due(reviewRequestedOn, INTERNAL_REVIEW_WORKING_DAYS, WorkingDayRule.FOI);
					yield owed(review.due(), text("foi.clock.review", review.explanation(),
							INTERNAL_REVIEW_MAX_WORKING_DAYS), today);
				}
				case INTERNAL_REVIEW_ANSWERED -> {
					LocalDate icoBy = reviewAnsweredOn.plusMonths(ICO_COMPLAINT_MONTHS);
					yield quiet(text("foi.clock.reviewAnswered", date(reviewAnsweredOn)), icoBy,
							text("foi.clock.icoBy", date(icoBy), ICO_COMPLAINT_MONTHS));
				}
				case ICO_COMPLAINT_MADE -> quiet(text("foi.clock.ico"), null, null);
			};
		}

		/** A deadline the authority owes, with overdue and very overdue worked out for today. */
		private ClockReading owed(LocalDate due, String explanation, LocalDate today) {
			LocalDate veryOverdueAfter = calendar.due(due, VERY_OVERDUE_AFTER_WORKING_DAYS, WorkingDayRule.FOI).due();
			boolean overdue = today.isAfter(due);
			int late = overdue ? calendar.workingDaysBetween(due, today, WorkingDayRule.FOI) : 0;
			return new ClockReading(state, due, veryOverdueAfter, overdue, today.isAfter(veryOverdueAfter), late,
					explanation, null, null, answer, warnings());
		}

		/** Nothing owed by the authority now. */
		private ClockReading quiet(String explanation, LocalDate actBy, String actByExplanation) {
			return new ClockReading(state, null, null, false, false, 0, explanation, actBy, actByExplanation, answer,
					warnings());
		}

		private Deadline baseDeadline() {
			return calendar.due(started.effectiveOn(), RESPONSE_WORKING_DAYS, WorkingDayRule.FOI);
		}

		/** The response deadline: 20 working days from the (re)start, moved by any public interest extensions. */
		private Due responseDue() {
			Deadline base = baseDeadline();
			String explanation = started.state() == FoiState.CLARIFICATION_SENT
					? text("foi.clock.restarted", base.explanation()) : base.explanation();
			if (extensions.isEmpty()) {
				return new Due(base.due(), explanation);
			}
			Deadline extended = calendar.due(base.due(), extensionDays(), WorkingDayRule.FOI);
			return new Due(extended.due(), text("foi.clock.extended", explanation, date(base.due()),
					extended.explanation()));
		}

		private int extensionDays() {
			return extensions.stream().mapToInt(step -> step.extensionDays() == null ? 0 : step.extensionDays()).sum();
		}

	}

	private record Due(LocalDate date, String explanation) {
	}

	private String date(LocalDate date) {
		Locale locale = LocaleContextHolder.getLocale();
		String pattern = messages.getMessage("calendar.date.dayMonthYear", null, locale);
		return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(messages.getMessage("calendar.language",
				null, locale))).format(date);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
