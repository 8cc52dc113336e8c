package org.crossforce.foi.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.foi.internal.DatasetStore.CampaignValue;
import org.crossforce.foi.internal.FoiRecords.Campaign;
import org.crossforce.identity.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Every value recorded across a campaign's requests, each linked to the reply it came from, with each authority's
 * total of counts; for a published campaign, its figures as published.
 */
@Controller
class DatasetValuesPage {

	/** An authority's total of its counts; answers that are not counts (nil, not held, refused) add nothing. */
	record AuthorityTotal(String authorityName, long total) {
	}

	private final FoiAccess access;

	private final DatasetStore store;

	DatasetValuesPage(FoiAccess access, DatasetStore store) {
		this.access = access;
		this.store = store;
	}

	@GetMapping("/foi/campaigns/{id}/dataset/values")
	String values(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Campaign campaign = access.readableCampaign(user, id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("mayChange", access.mayChange(user, campaign));
		if (campaign.published()) {
			model.addAttribute("figures", store.publishedFigures(id));
			return "foi/dataset-values";
		}
		List<CampaignValue> values = store.campaignValues(id);
		model.addAttribute("dataset", store.dataset(id));
		model.addAttribute("values", values);
		model.addAttribute("totals", totals(values));
		return "foi/dataset-values";
	}

	static List<AuthorityTotal> totals(List<CampaignValue> values) {
		Map<String, Long> totals = new LinkedHashMap<>();
		for (CampaignValue value : values) {
			DatasetCell cell = value.entry().cell();
			totals.merge(value.authorityName(), cell.status() == DatasetCell.Status.COUNT ? cell.count() : 0L,
					Long::sum);
		}
		return totals.entrySet().stream().map(total -> new AuthorityTotal(total.getKey(), total.getValue())).toList();
	}

}
