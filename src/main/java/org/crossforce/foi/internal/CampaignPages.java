package org.crossforce.foi.internal;

import org.crossforce.identity.SignedInUser;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The campaign list, the new campaign form and a campaign's page with every request at a glance. */
@Controller
class CampaignPages {

	private final Campaigns campaigns;

	private final CampaignOverviews overviews;

	private final FoiRecords records;

	private final MessageSource messages;

	CampaignPages(Campaigns campaigns, CampaignOverviews overviews, FoiRecords records, MessageSource messages) {
		this.campaigns = campaigns;
		this.overviews = overviews;
		this.records = records;
		this.messages = messages;
	}

	@InitBinder("campaignForm")
	void fields(WebDataBinder binder) {
		binder.setAllowedFields("title", "subject", "body", "scope", "region", "codes");
	}

	@GetMapping("/foi")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("campaigns", overviews.readable(user));
		return "foi/campaigns";
	}

	@GetMapping("/foi/campaigns/new")
	String newCampaign(Model model) {
		CampaignForm form = new CampaignForm();
		form.setSubject(text("foi.campaign.default.subject"));
		form.setBody(text("foi.campaign.default.body"));
		form.setScope(Campaigns.Scope.ALL.name());
		model.addAttribute("campaignForm", form);
		return showNew(model);
	}

	@PostMapping("/foi/campaigns")
	String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("campaignForm") CampaignForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			long id = campaigns.create(user,
					new Campaigns.Draft(form.getTitle(), form.getSubject(), form.getBody(), form.choice()));
			redirect.addFlashAttribute("created", records.requestsOf(id).size());
			return "redirect:/foi/campaigns/" + id;
		}
		catch (InvalidInput invalid) {
			reject(errors, invalid);
			return showNew(model);
		}
	}

	@GetMapping("/foi/campaigns/{id}")
	String campaign(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("detail", overviews.detail(user, id));
		return "foi/campaign";
	}

	private String showNew(Model model) {
		model.addAttribute("authorities", records.authorities());
		model.addAttribute("regions", campaigns.regions());
		model.addAttribute("placeholders", CampaignText.PLACEHOLDERS);
		return "foi/campaign-new";
	}

	/** Shows a refusal from the service beside its field. */
	void reject(BindingResult errors, InvalidInput invalid) {
		errors.rejectValue(invalid.field(), invalid.getCodes()[0], invalid.getArguments(),
				messages.getMessage(invalid, LocaleContextHolder.getLocale()));
	}

	private String text(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
