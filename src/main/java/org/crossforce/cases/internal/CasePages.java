package org.crossforce.cases.internal;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crossforce.allocation.AllocationRefused;
import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.IopcReferral;
import org.crossforce.cases.CaseAccessRefused;
import org.crossforce.cases.CaseFiles;
import org.crossforce.cases.ConflictDeclarations;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page: every part the user may see, each read through {@link CaseViews} and so decided by the access
 * policy and audited; evidence downloads; the investigating force's conflict declaration, asked for in place of the
 * victim's details; and the IOPC's and administrators' forms to override the allocation, mark a force conflicted,
 * and record the mode of investigation.
 */
@Controller
class CasePages {

	private static final String PURPOSE = "case page";

	private static final String DECLARED_CONNECTION = "cases.refused.declaredConnection";

	private final CaseViews views;

	private final Allocations allocations;

	private final Forces forces;

	private final MessageSource messages;

	private final CaseFiles files;

	private final ConflictDeclarations declarations;

	CasePages(CaseViews views, Allocations allocations, Forces forces, MessageSource messages, CaseFiles files,
			ConflictDeclarations declarations) {
		this.files = files;
		this.declarations = declarations;
		this.views = views;
		this.allocations = allocations;
		this.forces = forces;
		this.messages = messages;
	}

	public static final class OverrideForm {

		@NotBlank(message = "{staff.case.override.force.required}")
		private String force;

		@NotBlank(message = "{staff.case.reason.required}")
		@Size(max = 1000, message = "{staff.case.reason.tooLong}")
		private String reason;

		public String getForce() {
			return force;
		}

		public void setForce(String force) {
			this.force = force;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	public static final class ConflictForm {

		@NotBlank(message = "{staff.case.conflict.force.required}")
		private String conflictForce;

		@NotBlank(message = "{staff.case.reason.required}")
		@Size(max = 1000, message = "{staff.case.reason.tooLong}")
		private String note;

		public String getConflictForce() {
			return conflictForce;
		}

		public void setConflictForce(String conflictForce) {
			this.conflictForce = conflictForce;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	public static final class ModeForm {

		@NotNull(message = "{staff.case.mode.required}")
		private IopcReferral.Mode mode;

		private String directedForce;

		@NotBlank(message = "{staff.case.reason.required}")
		@Size(max = 1000, message = "{staff.case.reason.tooLong}")
		private String modeReason;

		public IopcReferral.Mode getMode() {
			return mode;
		}

		public void setMode(IopcReferral.Mode mode) {
			this.mode = mode;
		}

		public String getDirectedForce() {
			return directedForce;
		}

		public void setDirectedForce(String directedForce) {
			this.directedForce = directedForce == null || directedForce.isBlank() ? null : directedForce;
		}

		public String getModeReason() {
			return modeReason;
		}

		public void setModeReason(String modeReason) {
			this.modeReason = modeReason;
		}

	}

	@InitBinder("overrideForm")
	void overrideFields(WebDataBinder binder) {
		binder.setAllowedFields("force", "reason");
	}

	@InitBinder("conflictForm")
	void conflictFields(WebDataBinder binder) {
		binder.setAllowedFields("conflictForce", "note");
	}

	@InitBinder("modeForm")
	void modeFields(WebDataBinder binder) {
		binder.setAllowedFields("mode", "directedForce", "modeReason");
	}

	@GetMapping("/cases/{reference}")
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference, Model model,
			HttpServletResponse response) {
		String checked = CaseApi.checked(reference);
		try {
			return show(user, checked, model);
		}
		catch (CaseAccessRefused refused) {
			if (!DECLARED_CONNECTION.equals(refused.decision().reason())) {
				throw refused;
			}
			// Refused (and alerted) like any conflicted attempt, but told why rather than shown a bare 403.
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			model.addAttribute("reference", checked);
			return "cases/removed";
		}
	}

	@GetMapping("/cases/{reference}/files/{id}")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@PathVariable long id) {
		CaseViews.EvidenceDownload file = views.file(user, CaseApi.checked(reference), id, "evidence download");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping("/cases/{reference}/override")
	String override(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@Valid @ModelAttribute("overrideForm") OverrideForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		String checked = CaseApi.checked(reference);
		if (!errors.hasErrors()) {
			try {
				var allocation = allocations.override(checked, form.getForce(), form.getReason(), user);
				redirect.addFlashAttribute("overridden", forceName(allocation.investigatingForce()));
				return "redirect:/cases/" + checked;
			}
			catch (AllocationRefused refused) {
				reject(errors, refused, Map.of("reference", "force"));
			}
		}
		return show(user, checked, model);
	}

	@PostMapping("/cases/{reference}/conflicts")
	String conflict(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@Valid @ModelAttribute("conflictForm") ConflictForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		String checked = CaseApi.checked(reference);
		if (!errors.hasErrors()) {
			try {
				var allocation = allocations.markConflicted(checked, form.getConflictForce(), form.getNote(), user);
				redirect.addFlashAttribute("conflicted", new String[] { forceName(form.getConflictForce()),
						forceName(allocation.investigatingForce()) });
				return "redirect:/cases/" + checked;
			}
			catch (AllocationRefused refused) {
				reject(errors, refused, Map.of("reference", "conflictForce", "force", "conflictForce", "reason", "note"));
			}
		}
		return show(user, checked, model);
	}

	@PostMapping("/cases/{reference}/mode")
	String mode(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@Valid @ModelAttribute("modeForm") ModeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		String checked = CaseApi.checked(reference);
		if (!errors.hasErrors()) {
			try {
				var referral = allocations.recordMode(checked, form.getMode(), form.getDirectedForce(),
						form.getModeReason(), user);
				redirect.addFlashAttribute("modeRecorded", referral.mode().name());
				return "redirect:/cases/" + checked;
			}
			catch (AllocationRefused refused) {
				reject(errors, refused, Map.of("reference", "mode", "reason", "modeReason"));
			}
		}
		return show(user, checked, model);
	}

	private String show(SignedInUser user, String reference, Model model) {
		CaseView view = views.view(user, reference, PURPOSE);
		model.addAttribute("view", view);
		model.addAttribute("auditTrail", views.auditTrail(user, reference, PURPOSE));
		model.addAttribute("forceNames", forces.all().stream().collect(
				java.util.stream.Collectors.toMap(Force::code, Force::name)));
		model.addAttribute("territorialForces",
				forces.all().stream().filter(Force::isTerritorial).sorted(Comparator.comparing(Force::name)).toList());
		model.addAttribute("allForces", forces.all().stream().sorted(Comparator.comparing(Force::name)).toList());
		model.addAttribute("modes", IopcReferral.Mode.values());
		// In place of the victim's details, the investigating force's caseworkers are first asked to declare.
		model.addAttribute("mustDeclare", hasErrors(model, "declarationForm") || view.victim() == null
				&& user.organisation().isForce()
				&& declarations.mustDeclare(user, files.parties(reference).orElseThrow()));
		if (!model.containsAttribute("declarationForm")) {
			model.addAttribute("declarationForm", new DeclarationPages.DeclarationForm());
		}
		// A form that was refused stays on the page with its errors, even where it would not be offered.
		model.addAttribute("mayOverride", hasErrors(model, "overrideForm") || view.allocation() != null
				&& (user.hasRole(Role.IOPC) || user.hasRole(Role.ADMINISTRATOR)));
		model.addAttribute("mayMarkConflict",
				hasErrors(model, "conflictForm") || view.allocation() != null && user.hasRole(Role.ADMINISTRATOR));
		var acceptance = view.allocation() == null ? java.util.Optional.<org.crossforce.allocation.Acceptance>empty()
				: allocations.acceptance(reference);
		model.addAttribute("acceptance", acceptance.orElse(null));
		model.addAttribute("mayAccept", acceptance.filter(pending -> pending.acceptedAt() == null).isPresent()
				&& user.organisation().isForce()
				&& user.organisation().forceCode().equals(view.allocation().investigatingForce())
				&& (user.hasRole(Role.PROFESSIONAL_STANDARDS) || user.hasRole(Role.INVESTIGATOR)));
		model.addAttribute("mayRecordMode", hasErrors(model, "modeForm") || view.iopcReferral() != null
				&& view.iopcReferral().required() && user.hasRole(Role.IOPC));
		if (!model.containsAttribute("overrideForm")) {
			model.addAttribute("overrideForm", new OverrideForm());
		}
		if (!model.containsAttribute("conflictForm")) {
			model.addAttribute("conflictForm", new ConflictForm());
		}
		if (!model.containsAttribute("modeForm")) {
			model.addAttribute("modeForm", new ModeForm());
		}
		return "cases/case";
	}

	private static boolean hasErrors(Model model, String form) {
		return model.getAttribute(BindingResult.MODEL_KEY_PREFIX + form) instanceof BindingResult result
				&& result.hasErrors();
	}

	/** Puts a refusal beside the field it is about, named as this form names it. */
	private void reject(BindingResult errors, AllocationRefused refused, Map<String, String> fields) {
		String field = fields.getOrDefault(refused.field(), refused.field());
		errors.rejectValue(field, "staff." + refused.getCodes()[0], refused.getArguments(),
				messages.getMessage(refused, LocaleContextHolder.getLocale()));
	}

	private String forceName(String code) {
		return forces.find(code).map(Force::name).orElse(code);
	}

}
