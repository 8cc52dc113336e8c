package org.crossforce.reports.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.crossforce.reports.EvidenceFile;
import org.crossforce.reports.ReportRejected;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evidence, if the reporter has any: files added one at a time (GOV.UK file upload), listed with a Remove button,
 * each judged on arrival by the same checks intake applies ({@link ReportValidation#checkEvidenceFile}). Files over
 * the size limit never reach here: {@link UploadTooLarge} brings the reporter back with the reason.
 */
@Controller
@RequestMapping({ "/report", "/advocate/report" })
class EvidencePage {

	static final String ADD = "add";

	static final String CONTINUE = "continue";

	private final ReportValidation validation;

	EvidencePage(ReportValidation validation) {
		this.validation = validation;
	}

	public static final class EvidenceForm {

		private MultipartFile file;

		private String action;

		public MultipartFile getFile() {
			return file;
		}

		public void setFile(MultipartFile file) {
			this.file = file;
		}

		public String getAction() {
			return action;
		}

		public void setAction(String action) {
			this.action = action;
		}

	}

	/** A file already added, as the page lists it. */
	record Added(int position, String filename, String mediaType, long kilobytes) {
	}

	@InitBinder("evidence")
	void evidenceFields(WebDataBinder binder) {
		binder.setAllowedFields("file", "action");
	}

	@GetMapping("/evidence")
	String evidence(Journey journey, Model model) {
		model.addAttribute("evidence", new EvidenceForm());
		return show(journey, model, null);
	}

	@PostMapping("/evidence")
	String upload(Journey journey, @ModelAttribute("evidence") EvidenceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) throws IOException {
		List<EvidenceFile> files = journey.answers().evidence();
		MultipartFile upload = form.getFile();
		boolean chosen = upload != null && upload.getOriginalFilename() != null && !upload.getOriginalFilename().isBlank();
		if (chosen) {
			EvidenceFile file = new EvidenceFile(filename(upload.getOriginalFilename()), upload.getBytes());
			try {
				validation.checkEvidenceFile(files.size(), file);
				files.add(file);
				redirect.addFlashAttribute("addedFile", file.filename());
			}
			catch (ReportRejected rejected) {
				Rejection rejection = Rejection.of(rejected);
				errors.addError(new FieldError("evidence", "file", null, false, rejection.codes(), rejection.arguments(),
						null));
			}
		}
		else if (!CONTINUE.equals(form.getAction())) {
			errors.rejectValue("file", "journey.evidence.file.required");
		}
		if (errors.hasErrors()) {
			return show(journey, model, errors);
		}
		return CONTINUE.equals(form.getAction()) ? journey.answered(Question.EVIDENCE, Boolean.TRUE)
				: journey.redirectTo(Question.EVIDENCE);
	}

	@PostMapping("/evidence/remove")
	String remove(Journey journey, @RequestParam("file") int position, RedirectAttributes redirect) {
		List<EvidenceFile> files = journey.answers().evidence();
		if (position >= 0 && position < files.size()) {
			redirect.addFlashAttribute("removedFile", files.remove(position).filename());
		}
		return journey.redirectTo(Question.EVIDENCE);
	}

	private String show(Journey journey, Model model, BindingResult errors) {
		List<EvidenceFile> files = journey.answers().evidence();
		List<Added> added = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			EvidenceFile file = files.get(i);
			added.add(new Added(i, file.filename(), EvidenceTypes.mediaTypeOf(file.content()).orElse(""),
					Math.max(1, (file.content().length + 1023) / 1024)));
		}
		model.addAttribute("added", added);
		model.addAttribute("room", files.size() < EvidenceTypes.MAX_FILES);
		model.addAttribute("maxFiles", EvidenceTypes.MAX_FILES);
		model.addAttribute("maxMegabytes", EvidenceTypes.MAX_BYTES / (1024 * 1024));
		return journey.show(Question.EVIDENCE, model, errors);
	}

	/** The name without any folders some browsers send, and at most what intake keeps. */
	static String filename(String original) {
		String name = original.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = "file";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

}
