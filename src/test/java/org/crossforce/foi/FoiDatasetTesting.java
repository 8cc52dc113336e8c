package org.crossforce.foi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crossforce.foi.internal.FoiRecords;
import org.crossforce.foi.internal.FoiRecords.Delivery;
import org.crossforce.foi.internal.FoiRecords.Direction;
import org.crossforce.foi.internal.FoiRecords.MessageKind;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A campaign with a small dataset and a request to Essex with a reply, each test's own. */
record FoiDatasetTesting(long campaignId, long requestId, long replyId) {

	static final String ADVOCATE = "advocate@support.demo";

	static FoiDatasetTesting campaign(FoiRecords records, JdbcClient jdbc, String organisation, boolean withReply) {
		long campaign = records.insertCampaign("Dataset test", "Request", "Please tell me", organisation, ADVOCATE,
				Instant.now(), false, null, null);
		long request = records.insertRequest(campaign, "essex", Delivery.EMAIL, Instant.now());
		long reply = withReply ? records.addMessage(request, Direction.IN, MessageKind.REPLY, "Re: your request",
				"Figures attached", LocalDate.of(2025, 7, 1), Delivery.RECORDED, null, ADVOCATE, Instant.now()) : 0;
		jdbc.sql("""
				insert into foi_dataset_dimension (campaign_id, position, name, allowed) values
				(:c, 1, 'Financial year', :years), (:c, 2, 'Outcome', :outcomes)
				""").param("c", campaign).param("years", "2015-16\n2016-17").param("outcomes", "Charged\nNo further action")
			.update();
		return new FoiDatasetTesting(campaign, request, reply);
	}

	/** The request's cells as "dimension1|dimension2|status|count|message" lines, in a fixed order. */
	static List<String> cells(JdbcClient jdbc, long requestId) {
		return jdbc.sql("""
				select dimension_1, dimension_2, dimension_3, dimension_4, status, count_value, message_id
				from foi_dataset_value where request_id = :r order by dimension_1, dimension_2
				""").param("r", requestId).query().listOfRows().stream().map(FoiDatasetTesting::line).toList();
	}

	private static String line(Map<String, Object> row) {
		return row.get("dimension_1") + "|" + row.get("dimension_2") + "|" + row.get("dimension_3")
				+ row.get("dimension_4") + "|" + row.get("status") + "|" + row.get("count_value") + "|"
				+ row.get("message_id");
	}

}
