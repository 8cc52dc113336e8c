package org.crossforce.foi.internal;

import java.util.Arrays;
import java.util.List;

import org.crossforce.foi.internal.Dataset.Dimension;
import org.crossforce.foi.internal.FoiRecords.Campaign;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.InvalidInput;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "The dataset this campaign asks for": up to four dimensions and their allowed values, with the suggested dataset
 * one link away. Once a value is recorded the dimensions are shown but cannot change.
 */
@Controller
class DatasetDeclarationPage {

	private final FoiAccess access;

	private final DatasetStore store;

	private final DatasetChanges changes;

	DatasetDeclarationPage(FoiAccess access, DatasetStore store, DatasetChanges changes) {
		this.access = access;
		this.store = store;
		this.changes = changes;
	}

	/** The four slots as typed: a name and the allowed values, one per line. */
	public static final class DimensionsForm {

		private final String[] names = new String[Dataset.MAX_DIMENSIONS];

		private final String[] allowed = new String[Dataset.MAX_DIMENSIONS];

		static DimensionsForm of(Dataset dataset) {
			DimensionsForm form = new DimensionsForm();
			for (Dimension dimension : dataset.dimensions()) {
				form.names[dimension.position() - 1] = dimension.name();
				form.allowed[dimension.position() - 1] = String.join("\n", dimension.allowed());
			}
			return form;
		}

		List<String> names() {
			return Arrays.asList(names);
		}

		List<String> allowed() {
			return Arrays.asList(allowed);
		}

		// @formatter:off
		public String getName1() { return names[0]; }
		public void setName1(String value) { names[0] = value; }
		public String getName2() { return names[1]; }
		public void setName2(String value) { names[1] = value; }
		public String getName3() { return names[2]; }
		public void setName3(String value) { names[2] = value; }
		public String getName4() { return names[3]; }
		public void setName4(String value) { names[3] = value; }
		public String getAllowed1() { return allowed[0]; }
		public void setAllowed1(String value) { allowed[0] = value; }
		public String getAllowed2() { return allowed[1]; }
		public void setAllowed2(String value) { allowed[1] = value; }
		public String getAllowed3() { return allowed[2]; }
		public void setAllowed3(String value) { allowed[2] = value; }
		public String getAllowed4() { return allowed[3]; }
		public void setAllowed4(String value) { allowed[3] = value; }
		// @formatter:on

	}

	@InitBinder("dimensions")
	void dimensionFields(WebDataBinder binder) {
		binder.setAllowedFields("name1", "name2", "name3", "name4", "allowed1", "allowed2", "allowed3", "allowed4");
	}

	@GetMapping("/foi/campaigns/{id}/dataset")
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) String suggested, Model model) {
		Campaign campaign = access.changeableCampaign(user, id);
		Dataset dataset = store.dataset(id);
		boolean locked = store.hasValues(id);
		model.addAttribute("dimensions",
				DimensionsForm.of(suggested != null && !locked ? Dataset.suggested() : dataset));
		return show(campaign, dataset, locked, model);
	}

	@PostMapping("/foi/campaigns/{id}/dataset")
	String declare(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@ModelAttribute("dimensions") DimensionsForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Campaign campaign = access.changeableCampaign(user, id);
		DatasetDeclaration declaration = DatasetDeclaration.read(form.names(), form.allowed());
		declaration.problems().forEach(problem -> reject(errors, problem));
		if (declaration.valid()) {
			try {
				changes.declare(user, campaign, declaration.dataset());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/foi/campaigns/" + id + "/dataset";
			}
			catch (InvalidInput invalid) {
				reject(errors, invalid);
			}
		}
		model.addAttribute("hasErrors", true);
		return show(campaign, store.dataset(id), store.hasValues(id), model);
	}

	private static void reject(BindingResult errors, InvalidInput problem) {
		errors.rejectValue(problem.field(), problem.getCodes()[0], problem.getArguments(), null);
	}

	private String show(Campaign campaign, Dataset dataset, boolean locked, Model model) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("dataset", dataset);
		model.addAttribute("locked", locked);
		model.addAttribute("slots", List.of(1, 2, 3, 4));
		model.addAttribute("maxValues", DatasetDeclaration.MAX_VALUES);
		return "foi/dataset";
	}

}
