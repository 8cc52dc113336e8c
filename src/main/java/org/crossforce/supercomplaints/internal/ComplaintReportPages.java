package org.crossforce.supercomplaints.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.crossforce.identity.SignedInUser;
import org.crossforce.supercomplaints.Stage;
import org.crossforce.supercomplaints.internal.Complaints.Header;
import org.crossforce.supercomplaints.internal.ReportForm.RecommendationFields;
import org.crossforce.supercomplaints.internal.ComplaintReports.Group;
import org.crossforce.supercomplaints.internal.ComplaintReports.Line;
import org.crossforce.supercomplaints.internal.ComplaintReports.Progress;
import org.crossforce.supercomplaints.internal.ComplaintReports.Report;
import org.crossforce.supercomplaints.internal.ComplaintReports.Acceptance;
import org.crossforce.web.DateRangeFields;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a super-complaint's published report (HMICFRS) and the responses to its recommendations (HMICFRS for
 * anyone; a force, the College and the IOPC for themselves). Every rule is {@link ComplaintReports}'; these pages only turn
 * form fields into its inputs and its refusals into messages beside the fields.
 */
@Controller
class ComplaintReportPages {

	private final ComplaintReports reports;

	private final MessageSource messages;

	ComplaintReportPages(ComplaintReports reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@InitBinder("report")
	void reportFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "publishedOnDay", "publishedOnMonth", "publishedOnYear", "url",
				"responseDays", "recommendations*");
	}

	@InitBinder("response")
	void responseFields(WebDataBinder binder) {
		binder.setAllowedFields("status", "progress", "text", "receivedOnDay", "receivedOnMonth", "receivedOnYear",
				"link");
	}

	@GetMapping("/supercomplaints/{id}/report")
	String reportForm(@PathVariable long id, Model model) {
		ReportForm form = new ReportForm();
		form.setResponseDays(String.valueOf(reports.defaultResponseDays()));
		form.atLeast(ReportForm.FIRST_BLOCKS);
		model.addAttribute("report", form);
		return showReport(reports.publicHeader(id), model);
	}

	@PostMapping("/supercomplaints/{id}/report")
	String publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@ModelAttribute("report") ReportForm form, BindingResult errors,
			@RequestParam(name = "more", required = false) String more, Model model, RedirectAttributes redirect) {
		Header header = reports.publicHeader(id);
		if (more != null) {
			form.atLeast(form.getRecommendations().size() + ReportForm.MORE);
			return showReport(header, model);
		}
		LocalDate on = DateRangeFields.parse(form.getPublishedOnDay(), form.getPublishedOnMonth(),
				form.getPublishedOnYear());
		if (on == null && given(form.getPublishedOnDay(), form.getPublishedOnMonth(), form.getPublishedOnYear())) {
			errors.rejectValue("publishedOnDay", "supercomplaints.report.error.date.invalid");
		}
		Integer days = null;
		if (given(form.getResponseDays())) {
			try {
				days = Integer.valueOf(form.getResponseDays().strip());
			}
			catch (NumberFormatException notANumber) {
				errors.rejectValue("responseDays", "supercomplaints.report.error.days",
						new Object[] { ComplaintReports.MAX_RESPONSE_DAYS }, null);
			}
		}
		List<ComplaintReports.NewRecommendation> recommendations = new ArrayList<>();
		List<Integer> blocks = new ArrayList<>();
		for (int i = 0; i < form.getRecommendations().size(); i++) {
			RecommendationFields fields = form.getRecommendations().get(i);
			if (fields.blank()) {
				continue;
			}
			Set<Group> groups = EnumSet.noneOf(Group.class);
			for (String group : fields.getGroups()) {
				Arrays.stream(Group.values()).filter(g -> g.name().equals(group)).forEach(groups::add);
			}
			recommendations.add(new ComplaintReports.NewRecommendation(fields.getText(), groups,
					fields.getForces() == null ? List.of() : Arrays.asList(fields.getForces().split(",")),
					fields.getOthers() == null ? List.of() : Arrays.asList(fields.getOthers().split("\\R"))));
			blocks.add(i);
		}
		if (!errors.hasErrors()) {
			try {
				reports.publish(user, id, new ComplaintReports.Publication(form.getTitle(), on, form.getUrl(), days,
						recommendations));
				redirect.addFlashAttribute("published", true);
				return "redirect:/supercomplaints/tracker/" + id;
			}
			catch (InvalidInput invalid) {
				String field = invalid.field();
				if (field.startsWith("recommendations[")) {
					int index = Integer.parseInt(field.substring(16, field.indexOf(']')));
					String rest = field.substring(field.indexOf(']') + 1).replace(".addressees", ".groups");
					field = "recommendations[" + blocks.get(index) + "]" + rest;
				}
				else if ("recommendations".equals(field)) {
					form.atLeast(1);
					field = "recommendations[0].text";
				}
				else if ("publishedOn".equals(field)) {
					field = "publishedOnDay";
				}
				if ("stage".equals(field)) {
					errors.reject(invalid.getCodes()[0], invalid.getArguments(), null);
				}
				else {
					errors.rejectValue(field, invalid.getCodes()[0], invalid.getArguments(),
							messages.getMessage(invalid, LocaleContextHolder.getLocale()));
				}
			}
		}
		return showReport(header, model);
	}

	private String showReport(Header header, Model model) {
		model.addAttribute("complaint", header);
		model.addAttribute("recordable", header.stage() == Stage.UNDER_INVESTIGATION);
		model.addAttribute("groups", Group.values());
		model.addAttribute("defaultDays", reports.defaultResponseDays());
		return "supercomplaints/report/publish";
	}

	@GetMapping("/supercomplaints/{id}/responses")
	String responses(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Header header = reports.publicHeader(id);
		Report report = reports.report(id).orElse(null);
		model.addAttribute("complaint", header);
		model.addAttribute("report", report);
		model.addAttribute("user", user);
		model.addAttribute("reports", reports);
		return "supercomplaints/report/responses";
	}

	@GetMapping("/supercomplaints/{id}/responses/record")
	String responseForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam int recommendation, @RequestParam String addressee, Model model) {
		Line line = recordable(user, id, recommendation, addressee);
		ResponseForm form = new ResponseForm();
		if (line.response() != null) {
			form.setStatus(line.response().status().name());
			form.setProgress(line.response().progress().name());
			form.setText(line.response().text());
			form.setLink(line.response().link());
			LocalDate on = line.response().receivedOn();
			form.setReceivedOnDay(String.valueOf(on.getDayOfMonth()));
			form.setReceivedOnMonth(String.valueOf(on.getMonthValue()));
			form.setReceivedOnYear(String.valueOf(on.getYear()));
		}
		model.addAttribute("response", form);
		return showResponse(id, recommendation, line, model);
	}

	@PostMapping("/supercomplaints/{id}/responses/record")
	String respond(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam int recommendation, @RequestParam String addressee,
			@ModelAttribute("response") ResponseForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Line line = recordable(user, id, recommendation, addressee);
		LocalDate on = DateRangeFields.parse(form.getReceivedOnDay(), form.getReceivedOnMonth(),
				form.getReceivedOnYear());
		if (on == null && given(form.getReceivedOnDay(), form.getReceivedOnMonth(), form.getReceivedOnYear())) {
			errors.rejectValue("receivedOnDay", "supercomplaints.report.error.date.invalid");
		}
		Acceptance status = Arrays.stream(Acceptance.values())
			.filter(s -> s.name().equals(form.getStatus()))
			.findFirst()
			.orElse(null);
		Progress progress = Arrays.stream(Progress.values())
			.filter(p -> p.name().equals(form.getProgress()))
			.findFirst()
			.orElse(null);
		if (!errors.hasErrors()) {
			try {
				reports.respond(user, id, recommendation, addressee,
						new ComplaintReports.ResponseEntry(status, progress, form.getText(), on, form.getLink()));
				redirect.addFlashAttribute("recorded", line.name());
				return "redirect:/supercomplaints/" + id + "/responses";
			}
			catch (InvalidInput invalid) {
				String field = "receivedOn".equals(invalid.field()) ? "receivedOnDay" : invalid.field();
				if ("stage".equals(field) || "addressee".equals(field)) {
					errors.reject(invalid.getCodes()[0], invalid.getArguments(), null);
				}
				else {
					errors.rejectValue(field, invalid.getCodes()[0], invalid.getArguments(),
							messages.getMessage(invalid, LocaleContextHolder.getLocale()));
				}
			}
		}
		return showResponse(id, recommendation, line, model);
	}

	private Line recordable(SignedInUser user, long id, int recommendation, String addressee) {
		reports.publicHeader(id);
		Report report = reports.report(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Line line = report.line(recommendation, addressee)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!reports.mayRecord(user, line)) {
			throw new AccessDeniedException("Not this addressee's responder");
		}
		return line;
	}

	private String showResponse(long id, int recommendation, Line line, Model model) {
		Report report = reports.report(id).orElseThrow();
		model.addAttribute("complaint", reports.publicHeader(id));
		model.addAttribute("recommendation", report.recommendations()
			.stream()
			.filter(r -> r.number() == recommendation)
			.findFirst()
			.orElseThrow());
		model.addAttribute("line", line);
		model.addAttribute("statuses", Acceptance.values());
		model.addAttribute("progresses", Progress.values());
		return "supercomplaints/report/response";
	}

	private static boolean given(String... parts) {
		return Arrays.stream(parts).anyMatch(part -> part != null && !part.isBlank());
	}

}
