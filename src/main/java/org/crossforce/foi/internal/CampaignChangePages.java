package org.crossforce.foi.internal;

import org.crossforce.foi.internal.FoiRecords.Campaign;
import org.crossforce.foi.internal.FoiRecords.Delivery;
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

/** Editing a campaign's text before it is sent, and sending it. */
@Controller
class CampaignChangePages {

	private final Campaigns campaigns;

	private final CampaignOverviews overviews;

	private final FoiAccess access;

	private final MessageSource messages;

	CampaignChangePages(Campaigns campaigns, CampaignOverviews overviews, FoiAccess access, MessageSource messages) {
		this.campaigns = campaigns;
		this.overviews = overviews;
		this.access = access;
		this.messages = messages;
	}

	@InitBinder("campaignForm")
	void textFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "subject", "body");
	}

	@InitBinder("sendForm")
	void dateFields(WebDataBinder binder) {
		binder.setAllowedFields("receivedOnDay", "receivedOnMonth", "receivedOnYear");
	}

	@GetMapping("/foi/campaigns/{id}/edit")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Campaign campaign = access.changeableCampaign(user, id);
		CampaignForm form = new CampaignForm();
		form.setTitle(campaign.title());
		form.setSubject(campaign.subjectTemplate());
		form.setBody(campaign.bodyTemplate());
		model.addAttribute("campaignForm", form);
		model.addAttribute("campaign", campaign);
		model.addAttribute("placeholders", CampaignText.PLACEHOLDERS);
		if (campaign.sentAt() != null) {
			model.addAttribute("refusal", messages.getMessage("foi.campaign.send.already", null,
					LocaleContextHolder.getLocale()));
		}
		return "foi/campaign-edit";
	}

	@PostMapping("/foi/campaigns/{id}/edit")
	String saveText(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@ModelAttribute("campaignForm") CampaignForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Campaign campaign = access.changeableCampaign(user, id);
		try {
			campaigns.updateText(user, id, form.getTitle(), form.getSubject(), form.getBody());
			redirect.addFlashAttribute("edited", true);
			return "redirect:/foi/campaigns/" + id;
		}
		catch (InvalidInput invalid) {
			if ("campaign".equals(invalid.field())) {
				model.addAttribute("refusal", message(invalid));
			}
			else {
				errors.rejectValue(invalid.field(), invalid.getCodes()[0], invalid.getArguments(), message(invalid));
			}
			model.addAttribute("campaign", campaign);
			model.addAttribute("placeholders", CampaignText.PLACEHOLDERS);
			return "foi/campaign-edit";
		}
	}

	@GetMapping("/foi/campaigns/{id}/send")
	String confirm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		if (access.changeableCampaign(user, id).sentAt() != null) {
			model.addAttribute("refusal", messages.getMessage("foi.campaign.send.already", null,
					LocaleContextHolder.getLocale()));
		}
		model.addAttribute("sendForm", SendForm.on(campaigns.today()));
		return showSend(user, id, model);
	}

	@PostMapping("/foi/campaigns/{id}/send")
	String send(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@ModelAttribute("sendForm") SendForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		access.changeableCampaign(user, id);
		if (form.receivedOn() == null && form.given()) {
			errors.rejectValue("receivedOnDay", "foi.campaign.send.date.invalid",
					messages.getMessage("foi.campaign.send.date.invalid", null, LocaleContextHolder.getLocale()));
			return showSend(user, id, model);
		}
		try {
			Campaigns.Sent sent = campaigns.send(user, id, form.receivedOn());
			redirect.addFlashAttribute("sentByEmail", sent.byEmail());
			redirect.addFlashAttribute("sentByLetter", sent.byLetter());
			return "redirect:/foi/campaigns/" + id;
		}
		catch (InvalidInput invalid) {
			if ("receivedOn".equals(invalid.field())) {
				errors.rejectValue("receivedOnDay", invalid.getCodes()[0], invalid.getArguments(), message(invalid));
			}
			else {
				model.addAttribute("refusal", message(invalid));
			}
			return showSend(user, id, model);
		}
	}

	private String showSend(SignedInUser user, long id, Model model) {
		CampaignOverviews.Detail detail = overviews.detail(user, id);
		var plan = overviews.sendPlan(detail);
		model.addAttribute("detail", detail);
		model.addAttribute("byEmail", plan.get(Delivery.EMAIL));
		model.addAttribute("byLetter", plan.get(Delivery.LETTER));
		return "foi/campaign-send";
	}

	private String message(InvalidInput invalid) {
		return messages.getMessage(invalid, LocaleContextHolder.getLocale());
	}

}
