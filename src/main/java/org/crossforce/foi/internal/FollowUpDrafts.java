package org.crossforce.foi.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.crossforce.foi.ClockReading;
import org.crossforce.foi.Exemption;
import org.crossforce.foi.FoiClock;
import org.crossforce.foi.RequestStep;
import org.crossforce.foi.internal.FoiRecords.MessageKind;
import org.crossforce.foi.internal.FoiRecords.RecordedStep;
import org.crossforce.foi.internal.RequestOverview.Overview;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Fills the follow-up templates ({@code foi.requests.followUp.*} in {@code messages.properties}) with a request's
 * facts. Every template gets the same arguments: {0} the authority, {1} our reference, {2} the day it received the
 * request, {3} the due date, {4} how it was worked out, {5} working days overdue, {6} the exemptions cited, {7} the
 * request's subject, {8} where the request stands in a sentence, {9} the history (for the ICO), {10} the working days
 * the code of practice allows for a review.
 */
@Component
class FollowUpDrafts {

	private final MessageSource messages;

	FollowUpDrafts(MessageSource messages) {
		this.messages = messages;
	}

	record Draft(String subject, String body) {
	}

	Draft draft(Overview overview, MessageKind kind) {
		ClockReading reading = overview.clock();
		Object[] facts = { overview.authority().name(), overview.reference(), date(overview.receivedOn()),
				date(dueDate(reading)), reading.explanation(), reading.workingDaysOverdue(),
				exemptions(overview.exemptionsCited()), requestSubject(overview), situation(overview),
				history(overview), FoiClock.INTERNAL_REVIEW_WORKING_DAYS };
		String key = "foi.requests.followUp." + kind.name();
		return new Draft(text(key + ".subject", facts), text(key + ".body", facts));
	}

	/** Where the request stands, in a sentence for the authority or the ICO. */
	private String situation(Overview overview) {
		ClockReading reading = overview.clock();
		ClockReading.Answer answer = reading.answer();
		if (answer != null) {
			return text("foi.requests.followUp.situation.answered", date(answer.answeredOn()),
					text(answer.state().messageCode()), exemptions(overview.exemptionsCited()),
					date(answer.dueDate()));
		}
		if (reading.overdue()) {
			return text("foi.requests.followUp.situation.overdue", date(reading.dueDate()), reading.explanation(),
					reading.workingDaysOverdue());
		}
		if (reading.dueDate() != null) {
			return text("foi.requests.followUp.situation.due", date(reading.dueDate()), reading.explanation());
		}
		return reading.explanation();
	}

	/** Each step with its date, then the clock's numbers, one a line: the history an ICO complaint asks for. */
	private String history(Overview overview) {
		List<String> lines = new ArrayList<>();
		for (RecordedStep recorded : overview.steps()) {
			RequestStep step = recorded.step();
			String line = text("foi.requests.followUp.history.step", date(step.effectiveOn()),
					text(step.state().messageCode()));
			if (step.extensionDays() != null) {
				line += text("foi.requests.followUp.history.extension", step.extensionDays());
			}
			if (!step.exemptions().isEmpty()) {
				line += text("foi.requests.followUp.history.exemptions", exemptions(step.exemptions()));
			}
			lines.add(line);
		}
		ClockReading reading = overview.clock();
		if (reading.answer() != null) {
			ClockReading.Answer answer = reading.answer();
			lines.add(text(answer.onTime() ? "foi.requests.followUp.history.onTime"
					: "foi.requests.followUp.history.late", date(answer.answeredOn()), answer.workingDaysTaken(),
					date(answer.dueDate())));
		}
		else if (reading.overdue()) {
			lines.add(text("foi.requests.followUp.history.overdue", date(reading.dueDate()), reading.explanation(),
					reading.workingDaysOverdue(), date(reading.veryOverdueAfter())));
		}
		else {
			lines.add(text("foi.requests.followUp.history.noAnswer"));
		}
		return lines.stream().map(line -> "- " + line).collect(Collectors.joining("\n"));
	}

	private static LocalDate dueDate(ClockReading reading) {
		if (reading.dueDate() != null) {
			return reading.dueDate();
		}
		return reading.answer() == null ? null : reading.answer().dueDate();
	}

	private String requestSubject(Overview overview) {
		return overview.thread()
			.stream()
			.filter(message -> message.message().kind() == MessageKind.REQUEST)
			.map(message -> message.message().subject())
			.findFirst()
			.orElse(overview.campaign().title());
	}

	private String exemptions(Set<Exemption> cited) {
		if (cited.isEmpty()) {
			return text("foi.requests.followUp.noExemptions");
		}
		return cited.stream().sorted().map(exemption -> text(exemption.messageCode()))
			.collect(Collectors.joining(", "));
	}

	private String date(LocalDate date) {
		return date == null ? text("foi.requests.followUp.noDate") : RequestSteps.DATE.format(date);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
