package org.crossforce.tracking.internal;

import java.io.IOException;

import org.crossforce.reports.EvidenceFile;
import org.crossforce.reports.VictimChanges;
import org.crossforce.web.InvalidInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Add information": more of the victim's account, a file, or both, added to their report with the same checks on
 * files as the reporting journey. The investigating force and the advocate are prompted to look.
 */
@Controller
@VictimView
class AddInformationPage {

	static final String PATH = "/track/add";

	/** Set by {@link TrackingUploadTooLarge} when the container refused a file for its size. */
	static final String TOO_LARGE = "uploadTooLarge";

	/** The largest file, as {@code spring.servlet.multipart.max-file-size} and the journey's checks have it. */
	static final int MAX_FILE_MEGABYTES = 10;

	private final Conversations conversations;

	private final VictimChanges changes;

	AddInformationPage(Conversations conversations, VictimChanges changes) {
		this.conversations = conversations;
		this.changes = changes;
	}

	public static final class AdditionForm {

		private String text;

		private MultipartFile file;

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public MultipartFile getFile() {
			return file;
		}

		public void setFile(MultipartFile file) {
			this.file = file;
		}

	}

	@InitBinder("addition")
	void additionFields(WebDataBinder binder) {
		binder.setAllowedFields("text", "file");
	}

	@GetMapping(PATH)
	String page(Model model) {
		AdditionForm form = new AdditionForm();
		model.addAttribute("addition", form);
		if (model.getAttribute(TOO_LARGE) != null) {
			BindingResult errors = new org.springframework.validation.BeanPropertyBindingResult(form, "addition");
			errors.rejectValue("file", "journey.reports.error.fileTooLarge", new Object[] { MAX_FILE_MEGABYTES }, null);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "addition", errors);
		}
		return show(model);
	}

	@PostMapping(PATH)
	String add(VictimSession victim, @ModelAttribute("addition") AdditionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) throws IOException {
		MultipartFile upload = form.getFile();
		boolean chosen = upload != null && upload.getOriginalFilename() != null && !upload.getOriginalFilename().isBlank();
		EvidenceFile file = chosen ? new EvidenceFile(filename(upload.getOriginalFilename()), upload.getBytes()) : null;
		try {
			conversations.informationAdded(changes, victim.reference(), form.getText(), file);
		}
		catch (InvalidInput invalid) {
			errors.rejectValue(invalid.field(), invalid.getCodes()[0], invalid.getArguments(), null);
			return show(model);
		}
		redirect.addFlashAttribute("added", true);
		return "redirect:" + PATH;
	}

	private String show(Model model) {
		model.addAttribute("maxLength", VictimChanges.MAX_ADDITION);
		model.addAttribute("current", "add");
		return "tracking/add";
	}

	/** The name without any folders some browsers send, and at most what is kept (as the reporting journey does). */
	static String filename(String original) {
		String name = original.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = "file";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

}
