package org.crossforce.supercomplaints.internal;

import java.util.Arrays;
import java.util.List;

import org.crossforce.identity.SignedInUser;
import org.crossforce.web.InvalidInput;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding a case study to a draft: choosing a consented case (or writing one by hand), editing the anonymised text
 * with what was removed and what to check beside it, checking it again, and saving it as the next version.
 */
@Controller
class CaseStudyPages {

	private final SuperComplaintViews views;

	private final CaseStudies caseStudies;

	private final DraftingPages pages;

	CaseStudyPages(SuperComplaintViews views, CaseStudies caseStudies, DraftingPages pages) {
		this.views = views;
		this.caseStudies = caseStudies;
		this.pages = pages;
	}

	@GetMapping("/supercomplaints/{id}/case-studies/new")
	String choose(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		SuperComplaintViews.Shown shown = views.shown(user, id, null);
		return choices(user, model, shown, shown.version().number(), null);
	}

	@PostMapping("/supercomplaints/{id}/case-studies/new")
	String chosen(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int baseVersion,
			@RequestParam(name = "case", required = false) String reference, Model model) {
		SuperComplaintViews.Shown shown = views.shown(user, id, null);
		try {
			return edit(model, shown, baseVersion, caseStudies.fromCase(user, id, reference), "");
		}
		catch (InvalidInput invalid) {
			model.addAttribute("problem", pages.problem(invalid));
			return choices(user, model, shown, baseVersion, reference);
		}
	}

	@GetMapping("/supercomplaints/{id}/case-studies/write")
	String write(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		SuperComplaintViews.Shown shown = views.shown(user, id, null);
		caseStudies.choices(user, id);
		return edit(model, shown, shown.version().number(), null, "");
	}

	@PostMapping("/supercomplaints/{id}/case-studies")
	String save(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int baseVersion,
			@RequestParam(name = "case", required = false) String reference,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "check") String action, Model model, RedirectAttributes redirect) {
		SuperComplaintViews.Shown shown = views.shown(user, id, null);
		try {
			if ("save".equals(action)) {
				Drafts.Version saved = caseStudies.save(user, id, baseVersion, reference, title, text);
				redirect.addFlashAttribute("saved", saved.number());
				return "redirect:/supercomplaints/" + id + "#evidence";
			}
			CaseStudies.Edit checked = caseStudies.check(user, id, reference, title, text);
			model.addAttribute("checked", true);
			return edit(model, shown, baseVersion, checked, title);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("problem", pages.problem(invalid));
			model.addAttribute("caseReference", reference);
			model.addAttribute("baseVersion", baseVersion);
			model.addAttribute("shown", shown);
			model.addAttribute("titleValue", title);
			model.addAttribute("textValue", text);
			model.addAttribute("removals", List.of());
			model.addAttribute("warnings", List.of());
			return "supercomplaints/drafting/case-study";
		}
	}

	private String choices(SignedInUser user, Model model, SuperComplaintViews.Shown shown, int base,
			String chosen) {
		model.addAttribute("shown", shown);
		model.addAttribute("baseVersion", base);
		model.addAttribute("cases", caseStudies.choices(user, shown.header().id()));
		model.addAttribute("chosen", chosen);
		return "supercomplaints/drafting/case-study-choose";
	}

	private String edit(Model model, SuperComplaintViews.Shown shown, int base, CaseStudies.Edit edit,
			String title) {
		model.addAttribute("shown", shown);
		model.addAttribute("baseVersion", base);
		model.addAttribute("caseReference", edit == null ? null : edit.caseReference());
		model.addAttribute("titleValue", title);
		model.addAttribute("textValue", edit == null ? "" : edit.anonymised().text());
		model.addAttribute("removals", edit == null ? List.of()
				: Arrays.stream(Removal.Kind.values())
					.filter(kind -> edit.anonymised().removed(kind) > 0)
					.map(kind -> new Removal(kind, edit.anonymised().removed(kind)))
					.toList());
		model.addAttribute("warnings", edit == null ? List.of() : edit.storedWarnings());
		model.addAttribute("anonymised", edit != null);
		return "supercomplaints/drafting/case-study";
	}

}
