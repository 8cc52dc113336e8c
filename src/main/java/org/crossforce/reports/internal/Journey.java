package org.crossforce.reports.internal;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * One request's view of a reporting journey: which journey it is, the answers so far, and the way through the
 * questions. Controllers take it as a parameter ({@link JourneyConfiguration} resolves it from the request).
 * <p>
 * The way through is worked out from the answers, never carried in the URL: a question leads to the next one that
 * applies, and once the reporter has seen "check your answers", every answer (a change) leads back there, unless a
 * change makes a new question apply, which is asked first.
 */
final class Journey {

	/** GOV.UK Frontend's "Exit this page" link: it ends the session, then leaves for a neutral site. */
	static final String EXIT = "/report/exit";

	static final String CHECK = "check";

	private final JourneyMode mode;

	private final HttpServletRequest request;

	private ReportAnswers answers;

	private Journey(JourneyMode mode, HttpServletRequest request) {
		this.mode = mode;
		this.request = request;
	}

	static Journey of(HttpServletRequest request) {
		return new Journey(JourneyMode.of(request), request);
	}

	JourneyMode mode() {
		return mode;
	}

	/** The answers so far, kept in the session from the first time a question page is used. */
	ReportAnswers answers() {
		if (answers == null) {
			HttpSession session = request.getSession();
			answers = (ReportAnswers) session.getAttribute(mode.sessionAttribute());
			if (answers == null) {
				answers = new ReportAnswers();
				session.setAttribute(mode.sessionAttribute(), answers);
			}
		}
		return answers;
	}

	/** Renders a question page whose form is already in the model. */
	String show(Question question, Model model) {
		return show(question, model, null);
	}

	/**
	 * Renders a question page with the errors found in what was just posted, or with the error intake found in the
	 * answer when the report was sent ({@link Rejection}), which brings the reporter back here.
	 */
	String show(Question question, Model model, BindingResult errors) {
		BindingResult result = errors;
		if (model.getAttribute(Rejection.FLASH) instanceof Rejection rejection && rejection.question() == question) {
			if (result == null) {
				result = new BeanPropertyBindingResult(model.getAttribute(question.form()), question.form());
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + question.form(), result);
			}
			result.addError(new FieldError(question.form(), rejection.field(), null, false, rejection.codes(),
					rejection.arguments(), null));
		}
		if (result != null && result.getErrorCount() > 1) {
			result = inPageOrder(result);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + question.form(), result);
		}
		return page(question.template(), back(question), model, result != null && result.hasErrors());
	}

	/**
	 * The errors in the order their fields come on the page (their form's declaration order), one a field, as the
	 * GOV.UK error summary asks; Bean Validation reports them in no particular order, and all that a value breaks.
	 */
	private static BindingResult inPageOrder(BindingResult errors) {
		List<String> fields = Arrays.stream(errors.getTarget().getClass().getDeclaredFields()).map(Field::getName).toList();
		BindingResult ordered = new BeanPropertyBindingResult(errors.getTarget(), errors.getObjectName());
		errors.getGlobalErrors().forEach(ordered::addError);
		errors.getFieldErrors()
			.stream()
			.sorted(Comparator.comparingInt(error -> fields.indexOf(error.getField())))
			.filter(error -> !ordered.hasFieldErrors(error.getField()))
			.forEach(ordered::addError);
		return ordered;
	}

	/** Renders any page of the journey: the layout shows "Exit this page", and titles say when there are errors. */
	String page(String template, String back, Model model, boolean hasErrors) {
		model.addAttribute("base", mode.base());
		model.addAttribute("advocate", mode == JourneyMode.ADVOCATE);
		model.addAttribute("back", back);
		model.addAttribute("exitThisPage", EXIT);
		model.addAttribute("hasErrors", hasErrors);
		return template;
	}

	/** Keeps an answer and moves on. */
	String answered(Question question, Object form) {
		answers().put(question, form);
		return "redirect:" + next(question);
	}

	String redirectTo(Question question) {
		return "redirect:" + path(question);
	}

	String next(Question question) {
		if (answers().reviewing()) {
			return firstUnanswered().map(this::path).orElse(checkPath());
		}
		return Arrays.stream(Question.values())
			.filter(later -> later.ordinal() > question.ordinal() && later.appliesTo(answers(), mode))
			.findFirst()
			.map(this::path)
			.orElse(checkPath());
	}

	String back(Question question) {
		if (answers().reviewing()) {
			return checkPath();
		}
		Question previous = null;
		for (Question earlier : Question.values()) {
			if (earlier.ordinal() < question.ordinal() && earlier.appliesTo(answers(), mode)) {
				previous = earlier;
			}
		}
		return previous == null ? mode.base() : path(previous);
	}

	/** The last question that applies, which "check your answers" goes back to. */
	String lastQuestion() {
		Question last = null;
		for (Question question : Question.values()) {
			if (question.appliesTo(answers(), mode)) {
				last = question;
			}
		}
		return path(last);
	}

	Optional<Question> firstUnanswered() {
		return Arrays.stream(Question.values())
			.filter(question -> question.appliesTo(answers(), mode) && !answers().has(question))
			.findFirst();
	}

	String path(Question question) {
		return mode.path(question.path());
	}

	String checkPath() {
		return mode.path(CHECK);
	}

	/** Forgets every answer of this journey: after the report is sent, nothing of it stays in the session. */
	void finish() {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(mode.sessionAttribute());
		}
		answers = null;
	}

}
