package org.crossforce.calendar.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crossforce.calendar.CalendarArgumentException;
import org.crossforce.calendar.Deadline;
import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.calendar.WorkingDayRule;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Deadline arithmetic for anyone: no personal data goes in or comes out. Missing parameters are answered by the
 * shared problem handler; values this API cannot use are answered here, saying what it can use.
 */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Calendar", description = "Working days and statutory deadlines")
class CalendarApi {

	private final WorkingDayCalendar calendar;

	private final MessageSource messages;

	CalendarApi(WorkingDayCalendar calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	record DueDate(LocalDate due, LocalDate from, int workingDays, WorkingDayRule rule, List<SkippedDay> skipped,
			String explanation) {
	}

	record SkippedDay(LocalDate date, String name, String regions) {
	}

	@GetMapping("/due")
	@Operation(summary = "The N-th working day after a date",
			description = "The day 'from' never counts; weekends and the holidays of the rule do not count. "
					+ "'skipped' lists the weekdays that did not count; 'explanation' says the same in words.")
	DueDate due(
			@Parameter(description = "The day the clock starts, such as the day a request was received",
					example = "2024-03-14") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "How many working days the deadline allows", example = "20",
					schema = @Schema(minimum = "1", maximum = "1000")) @RequestParam int workingDays,
			@Parameter(description = "FOI: Freedom of Information Act 2000 s.10(6), bank holidays in any part of the UK; "
					+ "EW: England and Wales bank holidays only") @RequestParam(defaultValue = "FOI") WorkingDayRule rule) {
		Deadline deadline = calendar.due(from, workingDays, rule);
		return new DueDate(deadline.due(), deadline.from(), deadline.workingDays(), deadline.rule(),
				deadline.skipped()
					.stream()
					.map(holiday -> new SkippedDay(holiday.date(), holiday.name(), holiday.regions()))
					.toList(),
				deadline.explanation());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> outsideCalendar(CalendarArgumentException ex) {
		return badRequest(ex.argument(), messages.getMessage(ex, LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unusableValue(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		String message;
		if (type != null && type.isEnum()) {
			message = text("calendar.error.oneOf", Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", ")));
		}
		else if (type == LocalDate.class) {
			message = text("calendar.error.date");
		}
		else if (type == int.class) {
			message = text("calendar.error.workingDays", WorkingDayCalendar.MIN_WORKING_DAYS,
					WorkingDayCalendar.MAX_WORKING_DAYS);
		}
		else {
			message = text("error.api.wrongType");
		}
		return badRequest(ex.getName(), message);
	}

	/** The shape of the shared problem handler's answers: a detail naming the field, and the list of errors. */
	private ResponseEntity<ProblemDetail> badRequest(String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("calendar.error.problem", field, message));
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return ResponseEntity.badRequest().body(problem);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
