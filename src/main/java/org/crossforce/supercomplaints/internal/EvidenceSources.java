package org.crossforce.supercomplaints.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crossforce.foi.FoiDatasets;
import org.crossforce.foi.PublishedFigures;
import org.crossforce.foi.PublishedFigures.PublishedFigure;
import org.crossforce.identity.SignedInUser;
import org.crossforce.statistics.Measure;
import org.crossforce.statistics.StatisticsSnapshot;
import org.crossforce.statistics.StatisticsSnapshots;
import org.crossforce.supercomplaints.internal.PackContent.FrozenTable;
import org.crossforce.web.InvalidInput;

import org.springframework.stereotype.Component;

/**
 * Turns live data into tables to freeze into a draft: a statistics table as the public pages show it now, or the
 * figures published by earlier FOI work (the 2020 super-complaint's 79 for Greater Manchester and 666 for England and
 * Wales). Once frozen, nothing here is read again for that item.
 */
@Component
class EvidenceSources {

	private final StatisticsSnapshots snapshots;

	private final PublishedFigures publishedFigures;

	private final FoiDatasets foiDatasets;

	private final Clock clock;

	EvidenceSources(StatisticsSnapshots snapshots, PublishedFigures publishedFigures, FoiDatasets foiDatasets,
			Clock clock) {
		this.snapshots = snapshots;
		this.publishedFigures = publishedFigures;
		this.foiDatasets = foiDatasets;
		this.clock = clock;
	}

	/** The FOI campaigns of the user's organisation whose dataset may be frozen into a draft. */
	List<FoiDatasets.CampaignChoice> foiCampaigns(SignedInUser user) {
		return foiDatasets.quotable(user);
	}

	/** A campaign's dataset as its replies have filled it so far; only a campaign of the user's organisation. */
	FrozenTable foiDataset(SignedInUser user, String campaign) {
		long id;
		try {
			id = Long.parseLong(campaign == null ? "" : campaign.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidInput("campaign", "supercomplaints.evidence.foi.unknown");
		}
		FoiDatasets.DatasetTable table = foiDatasets.table(user, id)
			.orElseThrow(() -> new InvalidInput("campaign", "supercomplaints.evidence.foi.unknown"));
		if (table.rows().isEmpty()) {
			throw new InvalidInput("campaign", "supercomplaints.evidence.foi.empty");
		}
		return new FrozenTable("FOI dataset: " + table.title(), table.source(), table.period(), clock.instant(),
				table.query(), table.columnHeadings(), table.rows(), List.of(), false);
	}

	/** @param year the financial year as "2024-25", or empty or null for every year */
	FrozenTable statistics(String measure, String year) {
		Measure chosen;
		try {
			chosen = Measure.valueOf(measure == null ? "" : measure);
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidInput("measure", "supercomplaints.evidence.measure.unknown");
		}
		StatisticsSnapshot snapshot = snapshots.take(chosen, financialYear(year));
		return new FrozenTable(snapshot.title(), snapshot.source(), snapshot.period(), snapshot.producedAt(),
				snapshot.query(), snapshot.columnHeadings(), snapshot.rows(), snapshot.notes(), false);
	}

	FrozenTable publishedFigures() {
		List<PublishedFigure> figures = publishedFigures.all();
		if (figures.isEmpty()) {
			throw new InvalidInput("source", "supercomplaints.evidence.published.none");
		}
		List<List<String>> rows = new ArrayList<>();
		List<String> sources = new ArrayList<>();
		List<String> periods = new ArrayList<>();
		for (PublishedFigure figure : figures) {
			rows.add(List.of(figure.areaCode(), figure.areaName(), figure.period(),
					String.format(Locale.UK, "%,d", figure.count()), figure.description()));
			if (!sources.contains(figure.source())) {
				sources.add(figure.source());
			}
			if (!periods.contains(figure.period())) {
				periods.add(figure.period());
			}
		}
		return new FrozenTable("Figures published from earlier freedom of information requests",
				String.join("; ", sources), String.join("; ", periods), clock.instant(), "Every figure recorded as published by an FOI campaign",
				List.of("Area code", "Area", "Period", "Count", "What was counted"), rows, List.of(), false);
	}

	static Integer financialYear(String year) {
		if (year == null || year.isBlank()) {
			return null;
		}
		if (!year.matches("\\d{4}-\\d{2}")) {
			throw new InvalidInput("year", "supercomplaints.evidence.year.invalid");
		}
		int start = Integer.parseInt(year.substring(0, 4));
		if ((start + 1) % 100 != Integer.parseInt(year.substring(5))) {
			throw new InvalidInput("year", "supercomplaints.evidence.year.invalid");
		}
		return start;
	}

}
