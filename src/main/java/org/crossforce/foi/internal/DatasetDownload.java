package org.crossforce.foi.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.crossforce.foi.internal.Dataset.Dimension;
import org.crossforce.foi.internal.DatasetStore.CampaignValue;
import org.crossforce.foi.internal.DatasetStore.PublishedFigure;
import org.crossforce.foi.internal.FoiRecords.Campaign;
import org.crossforce.identity.SignedInUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A campaign's dataset as CSV (RFC 4180), one row a recorded cell, for a spreadsheet or analysis: from a page and from
 * the API. A published campaign's download holds its figures as published, with their source.
 */
@RestController
class DatasetDownload {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final FoiAccess access;

	private final DatasetStore store;

	DatasetDownload(FoiAccess access, DatasetStore store) {
		this.access = access;
		this.store = store;
	}

	@GetMapping({ "/foi/campaigns/{id}/dataset.csv", "/api/foi/campaigns/{id}/dataset.csv" })
	ResponseEntity<String> download(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		Campaign campaign = access.readableCampaign(user, id);
		String body = campaign.published() ? published(campaign) : recorded(campaign);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("foi-campaign-" + id + "-dataset.csv").build().toString())
			.body(body);
	}

	private String recorded(Campaign campaign) {
		Dataset dataset = store.dataset(campaign.id());
		List<String> header = new ArrayList<>(List.of("authority_code", "authority_name"));
		dataset.dimensions().stream().map(Dimension::name).forEach(header::add);
		header.addAll(List.of("status", "count", "request_id", "reply_message_id", "reply_date"));
		StringBuilder csv = new StringBuilder(line(header));
		for (CampaignValue value : store.campaignValues(campaign.id())) {
			List<String> row = new ArrayList<>(List.of(value.authorityCode(), value.authorityName()));
			row.addAll(value.entry().coordinates().subList(0, dataset.dimensions().size()));
			DatasetCell cell = value.entry().cell();
			row.add(cell.status().name());
			row.add(cell.count() == null ? "" : String.valueOf(cell.count()));
			row.add(String.valueOf(value.requestId()));
			row.add(String.valueOf(value.messageId()));
			row.add(String.valueOf(value.replyDate()));
			csv.append(line(row));
		}
		return csv.toString();
	}

	private String published(Campaign campaign) {
		StringBuilder csv = new StringBuilder(
				line(List.of("area_code", "area_name", "period", "count", "description", "source")));
		String source = campaign.source() == null ? "" : campaign.source();
		for (PublishedFigure figure : store.publishedFigures(campaign.id())) {
			csv.append(line(List.of(figure.areaCode(), figure.areaName(), figure.period(),
					String.valueOf(figure.count()), figure.description(), source)));
		}
		return csv.toString();
	}

	static String line(List<String> cells) {
		return cells.stream().map(DatasetDownload::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	/**
	 * One cell, quoted where RFC 4180 needs it. Text a spreadsheet would run as a formula (starting = + - @, or a tab
	 * or carriage return that some strip first) is prefixed with an apostrophe, as OWASP advises against CSV injection.
	 */
	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
