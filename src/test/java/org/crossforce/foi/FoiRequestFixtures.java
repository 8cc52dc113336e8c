package org.crossforce.foi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.crossforce.foi.internal.FoiRecords;
import org.crossforce.foi.internal.FoiRecords.Delivery;
import org.crossforce.foi.internal.FoiRecords.Direction;
import org.crossforce.foi.internal.FoiRecords.MessageKind;

/** Requests made straight in the store, each in its own campaign, as a sent campaign leaves them. */
final class FoiRequestFixtures {

	static final String ADVOCATE = "advocate@support.demo";

	private FoiRequestFixtures() {
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/London"));
	}

	static long campaign(FoiRecords records, String organisation) {
		return records.insertCampaign("Abuse by officers " + UUID.randomUUID(), "Complaints", "Please tell me",
				organisation, ADVOCATE, Instant.now(), false, null, null);
	}

	/** A request to the authority in a new campaign of the organisation, received on the day given. */
	static long sent(FoiRecords records, String organisation, String authority, LocalDate receivedOn) {
		return sent(records, campaign(records, organisation), authority, receivedOn);
	}

	static long sent(FoiRecords records, long campaign, String authority, LocalDate receivedOn) {
		long id = records.insertRequest(campaign, authority, Delivery.EMAIL, Instant.now());
		long message = records.addMessage(id, Direction.OUT, MessageKind.REQUEST, "Domestic abuse by police employees",
				"Please tell me how many reports\nyou received.", receivedOn, Delivery.EMAIL, null, ADVOCATE,
				Instant.now());
		records.addStep(id, RequestStep.of(FoiState.AWAITING_RESPONSE, receivedOn), null, message, ADVOCATE,
				Instant.now());
		return id;
	}

}
