package org.crossforce.foi.internal;

import org.crossforce.foi.internal.FoiRecords.Campaign;
import org.crossforce.foi.internal.FoiRecords.FoiRequest;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see and run FOI campaigns, decided here only. Advocates and analysts run campaigns for their own
 * organisation and read its campaigns; a published campaign (figures someone else obtained and published) can be read
 * by every advocate and analyst and changed by nobody. Anything else is answered as not found, so that a campaign's
 * existence is not given away.
 */
@Component
public class FoiAccess {

	private final FoiRecords records;

	FoiAccess(FoiRecords records) {
		this.records = records;
	}

	/** Whether the user may run campaigns at all: the URL rules let only these roles in. */
	public static boolean mayRunCampaigns(SignedInUser user) {
		return user.hasRole(Role.ADVOCATE) || user.hasRole(Role.ANALYST);
	}

	public boolean mayRead(SignedInUser user, Campaign campaign) {
		return mayRunCampaigns(user)
				&& (campaign.published() || campaign.organisationCode().equals(user.organisation().code()));
	}

	public boolean mayChange(SignedInUser user, Campaign campaign) {
		return mayRunCampaigns(user) && !campaign.published()
				&& campaign.organisationCode().equals(user.organisation().code());
	}

	/** The campaign, if the user may read it; otherwise 404. */
	public Campaign readableCampaign(SignedInUser user, long campaignId) {
		return records.campaign(campaignId).filter(campaign -> mayRead(user, campaign)).orElseThrow(FoiAccess::notFound);
	}

	/** The campaign, if the user may change it; 404 if they may not even read it, 403 if they may only read it. */
	public Campaign changeableCampaign(SignedInUser user, long campaignId) {
		Campaign campaign = readableCampaign(user, campaignId);
		if (!mayChange(user, campaign)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return campaign;
	}

	/** The request, if the user may read its campaign; otherwise 404. */
	public FoiRequest readableRequest(SignedInUser user, long requestId) {
		FoiRequest request = records.request(requestId).orElseThrow(FoiAccess::notFound);
		readableCampaign(user, request.campaignId());
		return request;
	}

	/** The request, if the user may change its campaign. */
	public FoiRequest changeableRequest(SignedInUser user, long requestId) {
		FoiRequest request = records.request(requestId).orElseThrow(FoiAccess::notFound);
		changeableCampaign(user, request.campaignId());
		return request;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
