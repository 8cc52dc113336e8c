package org.crossforce.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.crossforce.web.InvalidInput;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * One error shape for the whole API: RFC 9457 problem details whose {@code detail} a person can act on and which,
 * for bad input, name the field at fault. Unexpected failures are logged here and answered without internals.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", message(error)))
			.toList();
		ProblemDetail problem = badRequest(errors.isEmpty() ? text("error.api.invalid")
				: errors.get(0).get("field") + ": " + errors.get(0).get("message"));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", messages.getMessage(error, LocaleContextHolder.getLocale()))))
			.toList();
		ProblemDetail problem = badRequest(errors.isEmpty() ? text("error.api.invalid")
				: errors.get(0).get("field") + ": " + errors.get(0).get("message"));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = badRequest(text("error.api.missingParameter", ex.getParameterName()));
		problem.setProperty("errors", List.of(Map.of("field", ex.getParameterName(), "message",
				text("error.api.required"))));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex.getPropertyName() == null ? "?" : ex.getPropertyName();
		ProblemDetail problem = badRequest(text("error.api.typeMismatch", field, String.valueOf(ex.getValue())));
		problem.setProperty("errors", List.of(Map.of("field", field, "message", text("error.api.wrongType"))));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = fieldPath(ex);
		ProblemDetail problem = badRequest(field.isEmpty() ? text("error.api.unreadable")
				: text("error.api.unreadableField", field));
		if (!field.isEmpty()) {
			problem.setProperty("errors", List.of(Map.of("field", field, "message", text("error.api.wrongType"))));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<Object> invalidInput(InvalidInput invalid) {
		String message = messages.getMessage(invalid, locale());
		ProblemDetail problem = badRequest(invalid.field() + ": " + message);
		problem.setProperty("errors", List.of(Map.of("field", invalid.field(), "message", message)));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> forbidden(AccessDeniedException denied) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text("error.api.403")));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		log.error("Unexpected failure answering an API request", ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, text("error.api.500")));
	}

	/** The JSON path of the field Jackson could not read, such as {@code accused.force}, or empty. */
	private static String fieldPath(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof JacksonException jackson) {
			StringBuilder path = new StringBuilder();
			for (JacksonException.Reference reference : jackson.getPath()) {
				if (reference.getPropertyName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			return path.toString();
		}
		return "";
	}

	private ProblemDetail badRequest(String detail) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
	}

	private String message(FieldError error) {
		return messages.getMessage(error, locale());
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
