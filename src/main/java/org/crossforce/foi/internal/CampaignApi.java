package org.crossforce.foi.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crossforce.foi.FoiState;
import org.crossforce.foi.internal.CampaignOverviews.Overview;
import org.crossforce.foi.internal.CampaignOverviews.RequestRow;
import org.crossforce.foi.internal.FoiRecords.Campaign;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "FOI campaigns")
class CampaignApi {

	private final Campaigns campaigns;

	private final CampaignOverviews overviews;

	CampaignApi(Campaigns campaigns, CampaignOverviews overviews) {
		this.campaigns = campaigns;
		this.overviews = overviews;
	}

	record CampaignSummary(long id, String title, String organisation, Instant createdAt, Instant sentAt,
			boolean published, String source, String period, int requestCount, Map<FoiState, Integer> countsByState,
			int overdueCount) {

		static CampaignSummary of(Overview overview) {
			Campaign campaign = overview.campaign();
			return new CampaignSummary(campaign.id(), campaign.title(), campaign.organisationCode(),
					campaign.createdAt(), campaign.sentAt(), campaign.published(), campaign.source(),
					campaign.period(), overview.requestCount(), overview.countsByState(), overview.overdue());
		}

	}

	record RequestSummary(long id, String authorityCode, String authorityName, String delivery, FoiState state,
			LocalDate dueDate, boolean overdue, boolean veryOverdue) {

		static RequestSummary of(RequestRow row) {
			return new RequestSummary(row.request().id(), row.authority().code(), row.authority().name(),
					row.request().delivery().name(), row.request().state(), row.clock().dueDate(),
					row.clock().overdue(), row.clock().veryOverdue());
		}

	}

	record CampaignDetail(CampaignSummary campaign, String subject, String body, List<RequestSummary> requests) {
	}

	/**
	 * @param scope ALL, REGION (with region) or CHOSEN (with codes, the authorities' codes)
	 */
	record AuthoritiesChoice(String scope, String region, List<String> codes) {
	}

	/**
	 * @param subject the email subject; body the request text. Both may use the placeholders {authority}, {region},
	 * {date}, {organisation} and {reference}.
	 */
	record NewCampaign(String title, String subject, String body, AuthoritiesChoice authorities) {
	}

	/** @param receivedOn the day the authorities receive the requests (YYYY-MM-DD): the FOI clock starts then */
	record SendRequest(LocalDate receivedOn) {
	}

	record SendResult(int sentByEmail, int sentByLetter) {
	}

	@GetMapping("/api/foi/campaigns")
	@Operation(summary = "The FOI campaigns you may read: your organisation's and published ones, newest first.")
	List<CampaignSummary> list(@AuthenticationPrincipal SignedInUser user) {
		return overviews.readable(user).stream().map(CampaignSummary::of).toList();
	}

	@GetMapping("/api/foi/campaigns/{id}")
	@Operation(summary = "A campaign and each of its requests, with where the FOI clock stands today.")
	CampaignDetail detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		return detailOf(user, id);
	}

	@PostMapping("/api/foi/campaigns")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Write a campaign and address one request to each chosen authority; nothing is sent yet.")
	CampaignDetail create(@AuthenticationPrincipal SignedInUser user, @RequestBody NewCampaign request) {
		AuthoritiesChoice choice = request.authorities();
		var form = new CampaignForm();
		if (choice != null) {
			form.setScope(choice.scope());
			form.setRegion(choice.region());
			form.setCodes(choice.codes());
		}
		try {
			long id = campaigns.create(user,
					new Campaigns.Draft(request.title(), request.subject(), request.body(), form.choice()));
			return detailOf(user, id);
		}
		catch (InvalidInput invalid) {
			if (List.of("scope", "region", "codes").contains(invalid.field())) {
				throw new InvalidInput("authorities." + invalid.field(), invalid.getCodes()[0],
						invalid.getArguments());
			}
			throw invalid;
		}
	}

	@PostMapping("/api/foi/campaigns/{id}/send")
	@Operation(summary = "Send every request of a campaign not sent yet: by email where the authority has an address, "
			+ "else as a letter to print. 400 naming the field for a bad date or a campaign already sent.")
	SendResult send(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestBody SendRequest request) {
		Campaigns.Sent sent = campaigns.send(user, id, request.receivedOn());
		return new SendResult(sent.byEmail(), sent.byLetter());
	}

	private CampaignDetail detailOf(SignedInUser user, long id) {
		CampaignOverviews.Detail detail = overviews.detail(user, id);
		Overview overview = overviews.overview(detail.campaign(), detail.requests());
		return new CampaignDetail(CampaignSummary.of(overview), detail.campaign().subjectTemplate(),
				detail.campaign().bodyTemplate(), detail.requests().stream().map(RequestSummary::of).toList());
	}

}
