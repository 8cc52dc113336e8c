package org.crossforce.foi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.crossforce.foi.internal.Dataset.Entry;
import org.crossforce.foi.internal.DatasetStore.RecordedValue;
import org.crossforce.foi.internal.FoiRecords.FoiRequest;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A request's values typed from its reply: one box for every combination of the campaign's dimensions, prefilled with
 * what is recorded. Every box is checked before anything is written, and all are written together or none.
 */
@Controller
class RequestDataPage {

	/** One row of the form: the combination, the text in its box and, after a refused post, what is wrong. */
	record Row(int index, List<String> combination, String label, String text, String error) {
	}

	/** An error for the summary: the id of the field it links to and its message. */
	record Problem(String field, String message) {
	}

	private final FoiAccess access;

	private final FoiRecords records;

	private final DatasetStore store;

	private final DatasetChanges changes;

	private final MessageSource messages;

	RequestDataPage(FoiAccess access, FoiRecords records, DatasetStore store, DatasetChanges changes,
			MessageSource messages) {
		this.access = access;
		this.records = records;
		this.store = store;
		this.changes = changes;
		this.messages = messages;
	}

	@GetMapping("/foi/requests/{id}/data")
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Locale locale, Model model) {
		FoiRequest request = access.changeableRequest(user, id);
		Dataset dataset = store.dataset(request.campaignId());
		Map<List<String>, String> recorded = store.values(id)
			.stream()
			.collect(Collectors.toMap(value -> value.entry().coordinates(), value -> text(value, locale)));
		List<Row> rows = new ArrayList<>();
		if (dataset.cellCount() <= Dataset.MAX_FORM_CELLS) {
			List<List<String>> combinations = dataset.combinations();
			for (int i = 0; i < combinations.size(); i++) {
				List<String> combination = combinations.get(i);
				rows.add(new Row(i, combination, String.join(", ", combination),
						recorded.getOrDefault(Dataset.coordinates(combination), ""), null));
			}
		}
		return show(request, dataset, rows, null, List.of(), model);
	}

	@PostMapping("/foi/requests/{id}/data")
	String record(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, Locale locale, Model model, RedirectAttributes redirect) {
		FoiRequest request = access.changeableRequest(user, id);
		Dataset dataset = store.dataset(request.campaignId());
		if (!dataset.declared() || dataset.cellCount() > Dataset.MAX_FORM_CELLS) {
			return "redirect:/foi/requests/" + id + "/data";
		}
		List<Problem> problems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		List<Entry> given = new ArrayList<>();
		List<List<String>> cleared = new ArrayList<>();
		List<List<String>> combinations = dataset.combinations();
		for (int i = 0; i < combinations.size(); i++) {
			List<String> combination = combinations.get(i);
			String label = String.join(", ", combination);
			String text = form.getOrDefault("cell-" + i, "");
			String error = null;
			try {
				Optional<DatasetCell> cell = DatasetCell.parse(text);
				cell.ifPresentOrElse(value -> given.add(new Entry(combination, value)), () -> cleared.add(combination));
			}
			catch (DatasetCell.Unreadable unreadable) {
				error = messages.getMessage(new DefaultMessageSourceResolvable(new String[] { "foi.data.error.cell" },
						new Object[] { label, new DefaultMessageSourceResolvable(
								new String[] { unreadable.reason() }, new Object[] { text.strip() }) }), locale);
				problems.add(new Problem("cell-" + i, error));
			}
			rows.add(new Row(i, combination, label, text, error));
		}
		Long messageId = parseId(form.get("messageId"));
		String replyError = null;
		if (messageId == null) {
			replyError = messages.getMessage("foi.data.error.replyMissing", null, locale);
			problems.add(0, new Problem("messageId", replyError));
		}
		if (problems.isEmpty()) {
			try {
				int changed = changes.record(user, request, messageId, given, cleared);
				redirect.addFlashAttribute("recorded", changed);
				return "redirect:/foi/requests/" + id + "/data";
			}
			catch (InvalidInput invalid) {
				replyError = messages.getMessage(invalid, locale);
				problems.add(0, new Problem("messageId", replyError));
			}
		}
		model.addAttribute("selectedReply", messageId);
		return show(request, dataset, rows, replyError, problems, model);
	}

	private String show(FoiRequest request, Dataset dataset, List<Row> rows, String replyError,
			List<Problem> problems, Model model) {
		model.addAttribute("request", request);
		model.addAttribute("campaign", records.campaign(request.campaignId()).orElseThrow());
		model.addAttribute("authority", records.authority(request.authorityCode()).orElseThrow());
		model.addAttribute("dataset", dataset);
		model.addAttribute("tooMany", dataset.cellCount() > Dataset.MAX_FORM_CELLS);
		model.addAttribute("maxCells", Dataset.MAX_FORM_CELLS);
		model.addAttribute("rows", rows);
		model.addAttribute("replies", changes.replies(request.id()));
		model.addAttribute("replyError", replyError);
		model.addAttribute("problems", problems);
		return "foi/request-data";
	}

	/** What a recorded value looks like in its box: the number, or the word that reads back as the same answer. */
	private String text(RecordedValue value, Locale locale) {
		DatasetCell cell = value.entry().cell();
		return cell.status() == DatasetCell.Status.COUNT ? String.valueOf(cell.count())
				: messages.getMessage("foi.dataset.status." + cell.status(), null, locale);
	}

	static Long parseId(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException notAnId) {
			return null;
		}
	}

}
