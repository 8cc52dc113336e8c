package org.crossforce.supercomplaints.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossforce.identity.SignedInUser;
import org.crossforce.reference.Forces;
import org.crossforce.statistics.Measure;
import org.crossforce.supercomplaints.Stage;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The super-complaint pages: the list, starting a draft, editing it (each save a new version), freezing evidence into
 * it, submitting it, and the evidence pack of any version. The assessors' steps are in {@link AssessmentPages}.
 */
@Controller
class DraftingPages {

	private final SuperComplaintViews views;

	private final Drafts drafts;

	private final Assessments assessments;

	private final EvidenceSources sources;

	private final ComplaintAccess access;

	private final EvidencePack pack;

	private final Forces forces;

	private final MessageSource messages;

	private final CaseStudies caseStudies;

	DraftingPages(SuperComplaintViews views, Drafts drafts, Assessments assessments, EvidenceSources sources,
			ComplaintAccess access, EvidencePack pack, Forces forces, MessageSource messages, CaseStudies caseStudies) {
		this.caseStudies = caseStudies;
		this.views = views;
		this.drafts = drafts;
		this.assessments = assessments;
		this.sources = sources;
		this.access = access;
		this.pack = pack;
		this.forces = forces;
		this.messages = messages;
	}

	@GetMapping("/supercomplaints")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("complaints", views.readable(user));
		model.addAttribute("drafter", access.isDrafter(user));
		model.addAttribute("assessor", ComplaintAccess.isAssessor(user));
		model.addAttribute("overdue", ComplaintAccess.isAssessor(user) ? assessments.overdueAcknowledgements() : List.of());
		return "supercomplaints/drafting/list";
	}

	@GetMapping("/supercomplaints/new")
	String startForm(@AuthenticationPrincipal SignedInUser user, Model model) {
		access.requireDrafter(user);
		model.addAttribute("titleValue", "");
		return "supercomplaints/drafting/new";
	}

	@PostMapping("/supercomplaints/new")
	String start(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String title,
			Model model, RedirectAttributes redirect) {
		try {
			long id = drafts.create(user, title);
			redirect.addFlashAttribute("saved", 1);
			return "redirect:/supercomplaints/" + id;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("problem", problem(invalid));
			model.addAttribute("titleValue", title);
			return "supercomplaints/drafting/new";
		}
	}

	@GetMapping("/supercomplaints/{id}")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) Integer version, Model model) {
		SuperComplaintViews.Shown shown = views.shown(user, id, version);
		model.addAttribute("shown", shown);
		model.addAttribute("latest", shown.versions().isEmpty() ? null : shown.versions().get(0));
		model.addAttribute("withoutConsent", shown.header().stage() == Stage.DRAFT
				? caseStudies.withoutConsent(id, shown.evidence().stream().map(EvidenceStore.Item::id).toList())
				: Set.of());
		model.addAttribute("viewsRecorded", assessments.views(id));
		model.addAttribute("decision", assessments.decision(id).orElse(null));
		model.addAttribute("progress", assessments.progress(id));
		if (ComplaintAccess.isAssessor(user)) {
			model.addAttribute("repeats", assessments.possibleRepeats(id));
			model.addAttribute("today", drafts.today());
			return "supercomplaints/assessment/complaint";
		}
		boolean drafter = access.isDrafter(user);
		model.addAttribute("drafter", drafter);
		model.addAttribute("measures", Measure.values());
		model.addAttribute("foiCampaigns", drafter ? sources.foiCampaigns(user) : List.of());
		return "supercomplaints/drafting/complaint";
	}

	@GetMapping("/supercomplaints/{id}/edit")
	String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		SuperComplaintViews.Shown shown = views.shown(user, id, null);
		access.requireBodyUser(user, shown.header());
		Drafts.Version latest = shown.versions().get(0);
		return edit(model, shown, latest.number(), latest.text(), null);
	}

	@PostMapping("/supercomplaints/{id}/edit")
	String save(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int baseVersion,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String feature,
			@RequestParam(defaultValue = "") String harm, @RequestParam(defaultValue = "true") boolean allForces,
			@RequestParam(required = false) List<String> forces, Model model, RedirectAttributes redirect) {
		Drafts.Text text = new Drafts.Text(title, feature, harm, allForces, forces);
		try {
			Drafts.Version saved = drafts.saveText(user, id, baseVersion, text);
			redirect.addFlashAttribute("saved", saved.number());
			return "redirect:/supercomplaints/" + id;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("problem", problem(invalid));
			return edit(model, views.shown(user, id, null), baseVersion, text, invalid);
		}
	}

	@PostMapping("/supercomplaints/{id}/evidence")
	String addEvidence(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam int baseVersion, @RequestParam String source,
			@RequestParam(required = false) String measure, @RequestParam(required = false) String year,
			@RequestParam(required = false) String campaign, RedirectAttributes redirect) {
		return step(id, redirect, () -> {
			Drafts.Version saved = switch (source) {
				case "PUBLISHED_FIGURES" -> drafts.addEvidence(user, id, baseVersion,
						EvidenceStore.Kind.PUBLISHED_FIGURES, sources.publishedFigures());
				case "FOI_DATASET" -> {
					drafts.editable(user, id, baseVersion);
					yield drafts.addEvidence(user, id, baseVersion, EvidenceStore.Kind.FOI_DATASET,
							sources.foiDataset(user, campaign));
				}
				default -> drafts.addEvidence(user, id, baseVersion, EvidenceStore.Kind.STATISTICS,
						sources.statistics(measure, year));
			};
			return saved.number();
		});
	}

	@PostMapping("/supercomplaints/{id}/evidence/{item}/{action}")
	String changeEvidence(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long item,
			@PathVariable String action, @RequestParam int baseVersion, RedirectAttributes redirect) {
		return step(id, redirect, () -> switch (action) {
			case "remove" -> drafts.removeEvidence(user, id, baseVersion, item).number();
			case "up" -> drafts.moveEvidence(user, id, baseVersion, item, true).number();
			case "down" -> drafts.moveEvidence(user, id, baseVersion, item, false).number();
			default -> throw ComplaintAccess.notFound();
		});
	}

	@PostMapping("/supercomplaints/{id}/submit")
	String submit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
			RedirectAttributes redirect) {
		try {
			assessments.submit(user, id, version);
			redirect.addFlashAttribute("submitted", true);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problem", problem(invalid));
		}
		return "redirect:/supercomplaints/" + id;
	}

	@GetMapping("/supercomplaints/{id}/versions/{number}/evidence-pack.pdf")
	ResponseEntity<byte[]> evidencePack(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable int number) {
		SuperComplaintViews.Shown shown = views.shown(user, id, number);
		byte[] pdf = pack.pdf(drafts.packContent(shown.header(), shown.version()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("super-complaint-" + id + "-version-" + number + "-evidence-pack.pdf")
						.build()
						.toString())
			.body(pdf);
	}

	private String edit(Model model, SuperComplaintViews.Shown shown, int base, Drafts.Text text,
			InvalidInput invalid) {
		model.addAttribute("shown", shown);
		model.addAttribute("baseVersion", base);
		model.addAttribute("text", text);
		model.addAttribute("forces", forces.all());
		return "supercomplaints/drafting/edit";
	}

	private String step(long id, RedirectAttributes redirect, java.util.function.IntSupplier action) {
		try {
			redirect.addFlashAttribute("saved", action.getAsInt());
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problem", problem(invalid));
		}
		return "redirect:/supercomplaints/" + id;
	}

	/** A refusal for the page's error summary: the field it is about (the link target) and the message. */
	Map<String, String> problem(InvalidInput invalid) {
		return Map.of("field", invalid.field(), "message",
				messages.getMessage(invalid, LocaleContextHolder.getLocale()));
	}

}
