package org.crossforce.foi.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.crossforce.foi.Exemption;
import org.crossforce.foi.FoiState;
import org.crossforce.foi.internal.RequestOverview.Overview;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.DateRangeFields;
import org.crossforce.web.InvalidInput;
import org.crossforce.web.UploadTooLargeFilter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Record a reply": the authority's reply as received, what it means for the request, and its files. */
@Controller
class ReplyPage {

	/** Set by {@link TooLarge} when the container refused the files for their size. */
	static final String TOO_LARGE = "replyFilesTooLarge";

	private final RequestOverview overviews;

	private final RequestSteps steps;

	private final MessageSource messages;

	ReplyPage(RequestOverview overviews, RequestSteps steps, MessageSource messages) {
		this.overviews = overviews;
		this.steps = steps;
		this.messages = messages;
	}

	@InitBinder("reply")
	void replyFields(WebDataBinder binder) {
		binder.setAllowedFields("effectiveOnDay", "effectiveOnMonth", "effectiveOnYear", "outcome", "extensionDays",
				"exemptions", "subject", "body", "files");
	}

	@GetMapping("/foi/requests/{id}/reply")
	String form(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Overview overview = changeable(user, id);
		ReplyForm form = new ReplyForm();
		LocalDate today = overviews.today();
		form.setEffectiveOnDay(String.valueOf(today.getDayOfMonth()));
		form.setEffectiveOnMonth(String.valueOf(today.getMonthValue()));
		form.setEffectiveOnYear(String.valueOf(today.getYear()));
		model.addAttribute("reply", form);
		if (model.getAttribute(TOO_LARGE) != null) {
			BindingResult errors = new BeanPropertyBindingResult(form, "reply");
			errors.rejectValue("files", "foi.requests.error.files.requestTooLarge");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "reply", errors);
		}
		return show(overview, model);
	}

	@PostMapping("/foi/requests/{id}/reply")
	String record(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@ModelAttribute("reply") ReplyForm form, BindingResult errors, Model model, RedirectAttributes redirect)
			throws IOException {
		Overview overview = changeable(user, id);
		LocalDate on = DateRangeFields.parse(form.getEffectiveOnDay(), form.getEffectiveOnMonth(),
				form.getEffectiveOnYear());
		if (on == null) {
			boolean given = !blank(form.getEffectiveOnDay()) || !blank(form.getEffectiveOnMonth())
					|| !blank(form.getEffectiveOnYear());
			errors.rejectValue("effectiveOnDay",
					given ? "foi.requests.error.date.invalid" : "foi.requests.error.date.required");
		}
		FoiState state = null;
		if (blank(form.getOutcome())) {
			errors.rejectValue("outcome", "foi.requests.error.outcome.required");
		}
		else if (!ReplyForm.NO_CHANGE.equals(form.getOutcome())) {
			state = RequestSteps.REPLY_STATES.stream()
				.filter(candidate -> candidate.name().equals(form.getOutcome()))
				.findFirst()
				.orElse(null);
			if (state == null) {
				errors.rejectValue("outcome", "foi.requests.error.outcome.required");
			}
		}
		Integer extension = null;
		if (state == FoiState.EXTENDED_PUBLIC_INTEREST && !blank(form.getExtensionDays())) {
			try {
				extension = Integer.valueOf(form.getExtensionDays().strip());
			}
			catch (NumberFormatException notANumber) {
				errors.rejectValue("extensionDays", "foi.requests.error.extension.range",
						new Object[] { RequestSteps.MAX_EXTENSION_DAYS }, null);
			}
		}
		Set<Exemption> exemptions = EnumSet.noneOf(Exemption.class);
		for (String value : form.getExemptions()) {
			try {
				exemptions.add(Exemption.valueOf(value));
			}
			catch (IllegalArgumentException unknown) {
				errors.rejectValue("exemptions", "foi.requests.error.exemptions.unknown");
			}
		}
		List<RequestSteps.Upload> files = new ArrayList<>();
		for (MultipartFile file : form.getFiles()) {
			if (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
				files.add(new RequestSteps.Upload(AttachmentDownload.safeFilename(file.getOriginalFilename()),
						file.getBytes()));
			}
		}
		if (!errors.hasErrors()) {
			try {
				steps.record(user, id, new RequestSteps.Entry(state, on, extension, exemptions, null,
						form.getSubject(), form.getBody()), files, true);
				redirect.addFlashAttribute("recorded", state == null ? ReplyForm.NO_CHANGE : state.name());
				return "redirect:/foi/requests/" + id;
			}
			catch (InvalidInput invalid) {
				String field = switch (invalid.field()) {
					case "effectiveOn" -> "effectiveOnDay";
					case "state" -> "outcome";
					default -> invalid.field();
				};
				errors.rejectValue(field, invalid.getCodes()[0], invalid.getArguments(),
						messages.getMessage(invalid, LocaleContextHolder.getLocale()));
			}
		}
		return show(overview, model);
	}

	private Overview changeable(SignedInUser user, long id) {
		Overview overview = overviews.of(user, id);
		if (!overview.mayChange()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return overview;
	}

	private String show(Overview overview, Model model) {
		model.addAttribute("overview", overview);
		model.addAttribute("outcomes", RequestSteps.REPLY_STATES.stream()
			.filter(overview.request().state()::canMoveTo)
			.toList());
		model.addAttribute("exemptionChoices", Exemption.values());
		model.addAttribute("noChange", ReplyForm.NO_CHANGE);
		return "foi/request-reply";
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** Files over the limit go back to the reply form with the reason beside the field. */
	@Component
	@Order(Ordered.HIGHEST_PRECEDENCE + 12)
	static class TooLarge extends UploadTooLargeFilter {

		@Override
		protected String uploadPage(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return path.matches("/foi/requests/\\d{1,18}/reply") ? path : null;
		}

		@Override
		protected void explain(FlashMap flash) {
			flash.put(TOO_LARGE, true);
		}

	}

}
