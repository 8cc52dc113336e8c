package org.crossforce.web.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * Where the servlet container sends every error that no handler dealt with: API callers get problem details, people
 * get a GOV.UK-style page. Neither ever shows a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	private final MessageSource messages;

	private final JsonMapper json;

	ErrorPages(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		response.setStatus(status.value());
		if (isApi(request)) {
			// An API path opened in a browser still answers in the API's own shape.
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problemFor(request, status));
			return null;
		}
		return new ModelAndView(view(status), Map.of("status", status.value()), status);
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problemFor(request, status));
	}

	private ProblemDetail problemFor(HttpServletRequest request, HttpStatus status) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage("error.api." + status.value(), null, status.getReasonPhrase(), request.getLocale()));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(URI.create(uri.toString()));
		}
		return problem;
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && (uri.toString().equals("/api") || uri.toString().startsWith("/api/"));
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String view(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND, FORBIDDEN -> "error/" + status.value();
			default -> status.is5xxServerError() ? "error/500" : "error/error";
		};
	}

}
