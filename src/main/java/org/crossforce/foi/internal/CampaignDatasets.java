package org.crossforce.foi.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.crossforce.foi.FoiDatasets;
import org.crossforce.foi.internal.Dataset.Dimension;
import org.crossforce.foi.internal.DatasetStore.CampaignValue;
import org.crossforce.foi.internal.FoiRecords.Campaign;
import org.crossforce.identity.SignedInUser;

import org.springframework.stereotype.Component;

/** Reads a campaign's recorded values as a table, for the campaigns of the user's own organisation only. */
@Component
class CampaignDatasets implements FoiDatasets {

	private final FoiRecords records;

	private final DatasetStore store;

	CampaignDatasets(FoiRecords records, DatasetStore store) {
		this.records = records;
		this.store = store;
	}

	@Override
	public List<CampaignChoice> quotable(SignedInUser user) {
		if (!FoiAccess.mayRunCampaigns(user)) {
			return List.of();
		}
		return records.campaigns()
			.stream()
			.filter(campaign -> ownedBy(user, campaign))
			.filter(campaign -> store.dataset(campaign.id()).declared())
			.map(campaign -> new CampaignChoice(campaign.id(), campaign.title(),
					store.campaignValues(campaign.id()).size()))
			.toList();
	}

	@Override
	public Optional<DatasetTable> table(SignedInUser user, long campaignId) {
		return records.campaign(campaignId)
			.filter(campaign -> FoiAccess.mayRunCampaigns(user) && ownedBy(user, campaign))
			.flatMap(campaign -> {
				Dataset dataset = store.dataset(campaignId);
				return dataset.declared() ? Optional.of(table(user, campaign, dataset)) : Optional.empty();
			});
	}

	private DatasetTable table(SignedInUser user, Campaign campaign, Dataset dataset) {
		List<CampaignValue> values = store.campaignValues(campaign.id());
		List<String> headings = new ArrayList<>();
		headings.add("Authority");
		dataset.dimensions().forEach(dimension -> headings.add(dimension.name()));
		headings.add("Value");
		List<List<String>> rows = new ArrayList<>();
		for (CampaignValue value : values) {
			List<String> row = new ArrayList<>();
			row.add(value.authorityName());
			for (Dimension dimension : dataset.dimensions()) {
				row.add(value.entry().coordinates().get(dimension.position() - 1));
			}
			row.add(printed(value.entry().cell()));
			rows.add(row);
		}
		String source = campaign.source() != null && !campaign.source().isBlank() ? campaign.source()
				: "Replies to freedom of information requests sent by " + user.organisation().name()
						+ " through Crossforce (campaign \u201c" + campaign.title() + "\u201d)";
		String query = "FOI campaign " + campaign.id() + ", dimensions: " + dataset.dimensions()
			.stream()
			.map(Dimension::name)
			.collect(Collectors.joining("; "));
		return new DatasetTable(campaign.id(), campaign.title(), source, period(campaign, values), query, headings,
				rows);
	}

	private static String period(Campaign campaign, List<CampaignValue> values) {
		if (campaign.period() != null && !campaign.period().isBlank()) {
			return campaign.period();
		}
		List<LocalDate> dates = values.stream().map(CampaignValue::replyDate).sorted().toList();
		if (dates.isEmpty()) {
			return "No replies recorded yet";
		}
		return "Replies dated " + dates.get(0) + " to " + dates.get(dates.size() - 1);
	}

	static String printed(DatasetCell cell) {
		return switch (cell.status()) {
			case COUNT -> String.format(Locale.UK, "%,d", cell.count());
			case NIL -> "nil";
			case NOT_HELD -> "not held";
			case REFUSED -> "refused";
		};
	}

	private static boolean ownedBy(SignedInUser user, Campaign campaign) {
		return campaign.organisationCode().equals(user.organisation().code());
	}

}
