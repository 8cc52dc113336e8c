package org.crossforce.foi.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crossforce.foi.ClockReading;
import org.crossforce.foi.FoiClock;
import org.crossforce.foi.FoiState;
import org.crossforce.foi.RequestStep;
import org.crossforce.foi.internal.FoiRecords.Authority;
import org.crossforce.foi.internal.FoiRecords.Campaign;
import org.crossforce.foi.internal.FoiRecords.Delivery;
import org.crossforce.foi.internal.FoiRecords.FoiRequest;
import org.crossforce.identity.SignedInUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns as people read them: each request's state and where the FOI clock stands today, and the counts a campaign
 * list shows. Nothing here is stored: overdue is worked out from the steps each time.
 */
@Service
@Transactional(readOnly = true)
class CampaignOverviews {

	/** A campaign in a list: how many requests, how many in each state, answered, awaited and overdue. */
	record Overview(Campaign campaign, int requestCount, Map<FoiState, Integer> countsByState, int answered,
			int awaiting, int overdue) {
	}

	/** One request at a glance. */
	record RequestRow(FoiRequest request, Authority authority, ClockReading clock) {
	}

	record Detail(Campaign campaign, List<RequestRow> requests, Map<FoiState, Integer> countsByState,
			boolean mayChange) {

		public boolean anyLetterSent() {
			return campaign.sentAt() != null
					&& requests.stream().anyMatch(row -> row.request().delivery() == Delivery.LETTER);
		}

	}

	private final FoiRecords records;

	private final FoiAccess access;

	private final FoiClock clock;

	private final Campaigns campaigns;

	CampaignOverviews(FoiRecords records, FoiAccess access, FoiClock clock, Campaigns campaigns) {
		this.records = records;
		this.access = access;
		this.clock = clock;
		this.campaigns = campaigns;
	}

	/** The campaigns the user may read, newest first. */
	List<Overview> readable(SignedInUser user) {
		Map<String, Authority> authorities = authoritiesByCode();
		return records.campaigns().stream()
			.filter(campaign -> access.mayRead(user, campaign))
			.map(campaign -> overview(campaign, rows(campaign, authorities)))
			.toList();
	}

	Detail detail(SignedInUser user, long campaignId) {
		Campaign campaign = access.readableCampaign(user, campaignId);
		List<RequestRow> rows = rows(campaign, authoritiesByCode());
		return new Detail(campaign, rows, countsByState(rows), access.mayChange(user, campaign));
	}

	Overview overview(Campaign campaign, List<RequestRow> rows) {
		int answered = (int) rows.stream().filter(row -> row.clock().answer() != null).count();
		int awaiting = (int) rows.stream().filter(row -> FoiState.AWAITING.contains(row.request().state())).count();
		int overdue = (int) rows.stream().filter(row -> row.clock().overdue()).count();
		return new Overview(campaign, rows.size(), countsByState(rows), answered, awaiting, overdue);
	}

	/** How the requests would go if sent now: by email or as letters. */
	Map<Delivery, Integer> sendPlan(Detail detail) {
		Map<Delivery, Integer> plan = new EnumMap<>(Delivery.class);
		plan.put(Delivery.EMAIL, 0);
		plan.put(Delivery.LETTER, 0);
		detail.requests().stream()
			.filter(row -> row.request().state() == FoiState.NOT_SENT)
			.forEach(row -> plan.merge(campaigns.deliveryFor(row.authority()), 1, Integer::sum));
		return plan;
	}

	/** Read once a page: the campaign list would otherwise read every authority again for each campaign. */
	private Map<String, Authority> authoritiesByCode() {
		return records.authorities().stream().collect(Collectors.toMap(Authority::code, Function.identity()));
	}

	private List<RequestRow> rows(Campaign campaign, Map<String, Authority> authorities) {
		Map<Long, List<RequestStep>> steps = records.stepsOfCampaign(campaign.id());
		var today = campaigns.today();
		return records.requestsOf(campaign.id()).stream()
			.map(request -> new RequestRow(request, authorities.get(request.authorityCode()),
					clock.read(steps.getOrDefault(request.id(), List.of()), today)))
			.toList();
	}

	private static Map<FoiState, Integer> countsByState(List<RequestRow> rows) {
		Map<FoiState, Integer> counts = new EnumMap<>(FoiState.class);
		rows.forEach(row -> counts.merge(row.request().state(), 1, Integer::sum));
		return counts;
	}

}
