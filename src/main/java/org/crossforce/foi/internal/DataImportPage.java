package org.crossforce.foi.internal;

import java.io.IOException;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.crossforce.foi.internal.DatasetFiles.Table;
import org.crossforce.foi.internal.DatasetImport.Mapping;
import org.crossforce.foi.internal.DatasetImport.Result;
import org.crossforce.foi.internal.FoiRecords.FoiRequest;
import org.crossforce.foi.internal.RequestDataPage.Problem;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a request's values from a file in two steps that need no JavaScript: the upload is read and kept in the
 * session under a random token, then the user says which column holds each dimension and which the value. Nothing is
 * written until every row passes.
 */
@Controller
class DataImportPage {

	static final String PATH = "/foi/requests/{id}/data/import";

	/** Set by {@link DataImportUploadTooLarge} when the container refused a file for its size. */
	static final String TOO_LARGE = "importTooLarge";

	/** How many row problems the page lists; the rest are counted. */
	static final int PROBLEMS_SHOWN = 50;

	private static final String PENDING = DataImportPage.class.getName() + ".pending";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A file read and waiting for its columns to be mapped; one a session, so an abandoned one does not pile up. */
	record Pending(String token, long requestId, long messageId, String filename, Table table) implements Serializable {
	}

	private final FoiAccess access;

	private final FoiRecords records;

	private final DatasetStore store;

	private final DatasetChanges changes;

	private final MessageSource messages;

	DataImportPage(FoiAccess access, FoiRecords records, DatasetStore store, DatasetChanges changes,
			MessageSource messages) {
		this.access = access;
		this.records = records;
		this.store = store;
		this.changes = changes;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String upload(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Locale locale, Model model) {
		FoiRequest request = access.changeableRequest(user, id);
		if (model.getAttribute(TOO_LARGE) != null) {
			model.addAttribute("fileError", messages.getMessage("foi.import.error.tooLarge",
					new Object[] { DatasetFiles.MAX_BYTES / (1024 * 1024) }, locale));
		}
		return showUpload(request, model);
	}

	@PostMapping(PATH)
	String read(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) String messageId, @RequestParam(required = false) MultipartFile file,
			Locale locale, Model model, HttpSession session) throws IOException {
		FoiRequest request = access.changeableRequest(user, id);
		Long reply = RequestDataPage.parseId(messageId);
		try {
			if (reply == null) {
				throw new InvalidInput("messageId", "foi.data.error.replyMissing");
			}
			changes.reply(request, reply);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("replyError", messages.getMessage(invalid, locale));
		}
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", messages.getMessage("foi.import.error.noFile", null, locale));
		}
		else if (model.getAttribute("replyError") == null) {
			String filename = filename(file.getOriginalFilename());
			try {
				Table table = DatasetFiles.read(filename, file.getBytes());
				String token = HexFormat.of().formatHex(bytes());
				session.setAttribute(PENDING, new Pending(token, id, reply, filename, table));
				return "redirect:/foi/requests/" + id + "/data/import/" + token;
			}
			catch (DatasetFiles.Refused refused) {
				model.addAttribute("fileError", messages.getMessage(refused.code(), refused.arguments(), locale));
			}
		}
		model.addAttribute("selectedReply", reply);
		return showUpload(request, model);
	}

	@GetMapping(PATH + "/{token}")
	String mapping(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String token,
			Model model, HttpSession session, RedirectAttributes redirect) {
		FoiRequest request = access.changeableRequest(user, id);
		Pending pending = pending(session, id, token);
		if (pending == null) {
			redirect.addFlashAttribute("expired", true);
			return "redirect:/foi/requests/" + id + "/data/import";
		}
		Dataset dataset = store.dataset(request.campaignId());
		List<Integer> chosen = new ArrayList<>();
		dataset.dimensions().forEach(dimension -> chosen.add(DatasetImport.guess(pending.table(), dimension.name())));
		int value = pending.table().columns().size() - 1;
		return showMapping(request, pending, dataset, chosen, value, List.of(), List.of(), 0, model);
	}

	@PostMapping(PATH + "/{token}")
	String importValues(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable String token, @RequestParam Map<String, String> form, Locale locale, Model model,
			HttpSession session, RedirectAttributes redirect) {
		FoiRequest request = access.changeableRequest(user, id);
		Pending pending = pending(session, id, token);
		if (pending == null) {
			redirect.addFlashAttribute("expired", true);
			return "redirect:/foi/requests/" + id + "/data/import";
		}
		Dataset dataset = store.dataset(request.campaignId());
		List<Integer> chosen = new ArrayList<>();
		for (int position = 1; position <= dataset.dimensions().size(); position++) {
			chosen.add(column(form.get("dimension" + position)));
		}
		Integer value = column(form.get("value"));
		List<InvalidInput> mappingProblems = DatasetImport.checkMapping(dataset, pending.table(), chosen, value);
		if (!mappingProblems.isEmpty()) {
			List<Problem> problems = mappingProblems.stream()
				.map(problem -> new Problem(problem.field(), messages.getMessage(problem, locale)))
				.toList();
			return showMapping(request, pending, dataset, chosen, value, problems, List.of(), 0, model);
		}
		Result result = DatasetImport.read(dataset, pending.table(), new Mapping(chosen, value));
		if (!result.accepted()) {
			List<String> shown = result.problems()
				.stream()
				.limit(PROBLEMS_SHOWN)
				.map(problem -> messages.getMessage(problem, locale))
				.toList();
			return showMapping(request, pending, dataset, chosen, value, List.of(), shown,
					result.problems().size() - shown.size(), model);
		}
		changes.importEntries(user, request, pending.messageId(), result.entries(), pending.filename());
		session.removeAttribute(PENDING);
		redirect.addFlashAttribute("imported", result.entries().size());
		return "redirect:/foi/requests/" + id + "/data";
	}

	private String showUpload(FoiRequest request, Model model) {
		model.addAttribute("request", request);
		model.addAttribute("campaign", records.campaign(request.campaignId()).orElseThrow());
		model.addAttribute("authority", records.authority(request.authorityCode()).orElseThrow());
		model.addAttribute("dataset", store.dataset(request.campaignId()));
		model.addAttribute("replies", changes.replies(request.id()));
		model.addAttribute("maxMegabytes", DatasetFiles.MAX_BYTES / (1024 * 1024));
		model.addAttribute("maxRows", DatasetFiles.MAX_ROWS);
		return "foi/request-data-import";
	}

	private String showMapping(FoiRequest request, Pending pending, Dataset dataset, List<Integer> chosen,
			Integer value, List<Problem> mappingProblems, List<String> rowProblems, int moreProblems,
			Model model) {
		model.addAttribute("request", request);
		model.addAttribute("campaign", records.campaign(request.campaignId()).orElseThrow());
		model.addAttribute("authority", records.authority(request.authorityCode()).orElseThrow());
		model.addAttribute("pending", pending);
		model.addAttribute("dataset", dataset);
		model.addAttribute("chosen", chosen);
		model.addAttribute("chosenValue", value);
		List<String> labels = new ArrayList<>();
		for (int column = 0; column < pending.table().columns().size(); column++) {
			labels.add(DatasetImport.label(pending.table(), column));
		}
		model.addAttribute("columns", labels);
		model.addAttribute("preview", pending.table().rows().stream().limit(5).toList());
		model.addAttribute("mappingProblems", mappingProblems);
		Map<String, String> mappingErrors = new HashMap<>();
		mappingProblems.forEach(problem -> mappingErrors.putIfAbsent(problem.field(), problem.message()));
		model.addAttribute("mappingErrors", mappingErrors);
		model.addAttribute("rowProblems", rowProblems);
		model.addAttribute("moreProblems", moreProblems);
		return "foi/request-data-mapping";
	}

	private static Pending pending(HttpSession session, long requestId, String token) {
		return session.getAttribute(PENDING) instanceof Pending pending && pending.requestId() == requestId
				&& pending.token().equals(token) ? pending : null;
	}

	private static Integer column(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notAColumn) {
			return null;
		}
	}

	/** The name without folders or control characters, for the audit entry. */
	private static String filename(String original) {
		String name = original == null ? "" : original.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
		return name.length() > 100 ? name.substring(name.length() - 100) : name;
	}

	private static byte[] bytes() {
		byte[] token = new byte[16];
		RANDOM.nextBytes(token);
		return token;
	}

}
