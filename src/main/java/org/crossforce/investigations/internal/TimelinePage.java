package org.crossforce.investigations.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crossforce.cases.CaseFiles;
import org.crossforce.cases.CaseParties;
import org.crossforce.cases.CaseResource;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.investigations.CaseAssignments;
import org.crossforce.investigations.IllegalStep;
import org.crossforce.investigations.InvestigationState;
import org.crossforce.investigations.Investigations;
import org.crossforce.investigations.Step;
import org.crossforce.investigations.StepRequest;
import org.crossforce.investigations.Timeline;
import org.crossforce.investigations.Track;
import org.crossforce.web.DateRangeFields;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The timeline page: every step recorded, where each track stands, the Victims' Code duties and their deadlines,
 * and, for the investigating force, the forms to record the next step, say the victim was told, and name the
 * investigator and supervisor. Every read goes through {@link Investigations#timeline}, so it is decided by the
 * access policy and audited; users who may read but not record see no forms.
 */
@Controller
class TimelinePage {

	static final String PURPOSE = "timeline page";

	/** References are "CF-" and two groups of four Crockford base-32 characters. */
	private static final String REFERENCE = "CF-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

	private final Investigations investigations;

	private final CaseAssignments assignments;

	private final CaseFiles cases;

	private final MessageSource messages;

	TimelinePage(Investigations investigations, CaseAssignments assignments, CaseFiles cases,
			MessageSource messages) {
		this.investigations = investigations;
		this.assignments = assignments;
		this.cases = cases;
		this.messages = messages;
	}

	public static final class StepForm {

		@NotNull(message = "{investigations.form.step.required}")
		private Step step;

		@Size(max = 10, message = "{web.date.tooLong}")
		private String occurredOnDay;

		@Size(max = 10, message = "{web.date.tooLong}")
		private String occurredOnMonth;

		@Size(max = 10, message = "{web.date.tooLong}")
		private String occurredOnYear;

		@Size(max = 2000, message = "{investigations.form.reason.tooLong}")
		private String reason;

		@Size(max = 100, message = "{investigations.form.offenceGroup.tooLong}")
		private String offenceGroup;

		public Step getStep() {
			return step;
		}

		public void setStep(Step step) {
			this.step = step;
		}

		public String getOccurredOnDay() {
			return occurredOnDay;
		}

		public void setOccurredOnDay(String occurredOnDay) {
			this.occurredOnDay = occurredOnDay;
		}

		public String getOccurredOnMonth() {
			return occurredOnMonth;
		}

		public void setOccurredOnMonth(String occurredOnMonth) {
			this.occurredOnMonth = occurredOnMonth;
		}

		public String getOccurredOnYear() {
			return occurredOnYear;
		}

		public void setOccurredOnYear(String occurredOnYear) {
			this.occurredOnYear = occurredOnYear;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public String getOffenceGroup() {
			return offenceGroup;
		}

		public void setOffenceGroup(String offenceGroup) {
			this.offenceGroup = offenceGroup;
		}

	}

	public static final class AssignmentForm {

		@Size(max = 254, message = "{investigations.form.assignee.tooLong}")
		private String investigator;

		@Size(max = 254, message = "{investigations.form.assignee.tooLong}")
		private String supervisor;

		public String getInvestigator() {
			return investigator;
		}

		public void setInvestigator(String investigator) {
			this.investigator = investigator;
		}

		public String getSupervisor() {
			return supervisor;
		}

		public void setSupervisor(String supervisor) {
			this.supervisor = supervisor;
		}

	}

	@InitBinder("stepForm")
	void stepFields(WebDataBinder binder) {
		binder.setAllowedFields("step", "occurredOnDay", "occurredOnMonth", "occurredOnYear", "reason", "offenceGroup");
	}

	@InitBinder("assignmentForm")
	void assignmentFields(WebDataBinder binder) {
		binder.setAllowedFields("investigator", "supervisor");
	}

	@GetMapping("/cases/{reference}/timeline")
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference, Model model) {
		return show(user, checked(reference), model);
	}

	@PostMapping("/cases/{reference}/timeline/steps")
	String record(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@Valid @ModelAttribute("stepForm") StepForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		String checked = checked(reference);
		var occurredOn = DateRangeFields.parse(form.getOccurredOnDay(), form.getOccurredOnMonth(),
				form.getOccurredOnYear());
		if (occurredOn == null && !errors.hasFieldErrors("occurredOnDay")) {
			boolean given = !blank(form.getOccurredOnDay()) || !blank(form.getOccurredOnMonth())
					|| !blank(form.getOccurredOnYear());
			errors.rejectValue("occurredOnDay",
					given ? "investigations.form.date.invalid" : "investigations.form.date.required",
					text(given ? "investigations.form.date.invalid" : "investigations.form.date.required"));
		}
		if (!errors.hasErrors()) {
			try {
				investigations.record(user, checked,
						new StepRequest(form.getStep(), occurredOn, form.getReason(), form.getOffenceGroup()));
				redirect.addFlashAttribute("recorded", form.getStep().name());
				return "redirect:/cases/" + checked + "/timeline";
			}
			catch (IllegalStep illegal) {
				rejectIllegalStep(errors, illegal);
			}
			catch (InvalidInput invalid) {
				String field = "occurredOn".equals(invalid.field()) ? "occurredOnDay" : invalid.field();
				errors.rejectValue(field, invalid.getCodes()[0], invalid.getArguments(),
						messages.getMessage(invalid, LocaleContextHolder.getLocale()));
			}
		}
		return show(user, checked, model);
	}

	@PostMapping("/cases/{reference}/timeline/duties/{duty}/victim-told")
	String victimTold(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@PathVariable long duty, RedirectAttributes redirect) {
		String checked = checked(reference);
		try {
			investigations.victimTold(user, checked, duty);
			redirect.addFlashAttribute("told", duty);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("dutyError", messages.getMessage(invalid, LocaleContextHolder.getLocale()));
		}
		return "redirect:/cases/" + checked + "/timeline";
	}

	@PostMapping("/cases/{reference}/timeline/assignment")
	String assign(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@Valid @ModelAttribute("assignmentForm") AssignmentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		String checked = checked(reference);
		if (!errors.hasErrors()) {
			try {
				assignments.assign(user, checked, form.getInvestigator(), form.getSupervisor());
				redirect.addFlashAttribute("assigned", true);
				return "redirect:/cases/" + checked + "/timeline";
			}
			catch (InvalidInput invalid) {
				errors.rejectValue(invalid.field(), invalid.getCodes()[0], invalid.getArguments(),
						messages.getMessage(invalid, LocaleContextHolder.getLocale()));
			}
		}
		return show(user, checked, model);
	}

	private String show(SignedInUser user, String reference, Model model) {
		Timeline timeline = investigations.timeline(user, reference, PURPOSE);
		CaseParties parties = cases.parties(reference).orElseThrow();
		InvestigationState state = InvestigationState
			.after(timeline.steps().stream().map(Timeline.RecordedStep::step).toList());
		boolean mayRecord = cases.may(user, parties, CaseResource.INVESTIGATION_STEPS);
		boolean mayAssign = mayRecord && user.hasRole(Role.PROFESSIONAL_STANDARDS)
				&& parties.investigatingForce() != null;
		model.addAttribute("timeline", timeline);
		model.addAttribute("tracks", Arrays.stream(Track.values()).map(track -> new TrackPhase(track, state.phase(track).name())).toList());
		model.addAttribute("mayRecord", mayRecord);
		model.addAttribute("offerOffenceGroup", timeline.allowedNext().contains(Step.CRIME_RECORDED));
		model.addAttribute("mayAssign", mayAssign);
		model.addAttribute("caseworkers", mayAssign ? assignments.caseworkers(parties.investigatingForce()) : List.of());
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", new StepForm());
		}
		if (!model.containsAttribute("assignmentForm")) {
			AssignmentForm form = new AssignmentForm();
			if (timeline.assignment() != null) {
				form.setInvestigator(timeline.assignment().investigator());
				form.setSupervisor(timeline.assignment().supervisor());
			}
			model.addAttribute("assignmentForm", form);
		}
		model.addAttribute("hasErrors", hasErrors(model, "stepForm") || hasErrors(model, "assignmentForm"));
		return "investigations/timeline";
	}

	/** One track and the phase it has reached, for the page. */
	record TrackPhase(Track track, String phase) {
	}

	/** The refusal in the page's words: the step, the track and its phase by their names for people. */
	private void rejectIllegalStep(BindingResult errors, IllegalStep illegal) {
		var phase = illegal.required() != null ? illegal.required() : illegal.phase();
		String code = illegal.required() != null ? "investigations.form.needsPhase" : "investigations.form.illegalStep";
		Object[] names = { text("investigations.step." + illegal.step().name()),
				text("investigations.track." + phase.track().name()),
				text("investigations.phase." + phase.track().name() + "." + phase.name()) };
		errors.rejectValue("step", code, names, text(code, names));
	}

	private static boolean hasErrors(Model model, String form) {
		return model.getAttribute(BindingResult.MODEL_KEY_PREFIX + form) instanceof BindingResult result
				&& result.hasErrors();
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static String checked(String reference) {
		if (reference == null || !reference.matches(REFERENCE)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return reference;
	}

}
