package org.crossforce.foi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.crossforce.foi.internal.Dataset.Dimension;
import org.crossforce.foi.internal.Dataset.Entry;
import org.crossforce.foi.internal.DatasetCell.Status;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dataset tables: a campaign's dimensions, the cells recorded from each request's replies, published figures. */
@Repository
class DatasetStore {

	/** A recorded cell, with the reply it came from. */
	record RecordedValue(long id, long requestId, long messageId, Entry entry) {
	}

	/** A recorded cell as the campaign's table and download show it: whose, and the reply's date. */
	record CampaignValue(long requestId, String authorityCode, String authorityName, long messageId,
			LocalDate replyDate, Entry entry) {
	}

	record PublishedFigure(String areaCode, String areaName, String period, int count, String description) {
	}

	private final JdbcClient jdbc;

	DatasetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Dataset dataset(long campaignId) {
		return new Dataset(jdbc.sql("select * from foi_dataset_dimension where campaign_id = :id order by position")
			.param("id", campaignId)
			.query((rs, row) -> new Dimension(rs.getInt("position"), rs.getString("name"),
					rs.getString("allowed").lines().toList()))
			.list());
	}

	void replaceDataset(long campaignId, Dataset dataset) {
		jdbc.sql("delete from foi_dataset_dimension where campaign_id = :id").param("id", campaignId).update();
		for (Dimension dimension : dataset.dimensions()) {
			jdbc.sql("""
					insert into foi_dataset_dimension (campaign_id, position, name, allowed)
					values (:campaign, :position, :name, :allowed)
					""")
				.param("campaign", campaignId)
				.param("position", dimension.position())
				.param("name", dimension.name())
				.param("allowed", String.join("\n", dimension.allowed()))
				.update();
		}
	}

	/** Whether any request of the campaign has a value recorded: its dimensions are then fixed. */
	boolean hasValues(long campaignId) {
		return jdbc.sql("""
				select count(*) from foi_dataset_value v join foi_request r on r.id = v.request_id
				where r.campaign_id = :id
				""").param("id", campaignId).query(Long.class).single() > 0;
	}

	List<RecordedValue> values(long requestId) {
		return jdbc.sql("select * from foi_dataset_value where request_id = :id order by id")
			.param("id", requestId)
			.query((rs, row) -> new RecordedValue(rs.getLong("id"), rs.getLong("request_id"), rs.getLong("message_id"),
					entry(rs)))
			.list();
	}

	/** Every value of the campaign's requests, by authority name, then in the order the values were declared. */
	List<CampaignValue> campaignValues(long campaignId) {
		Dataset dataset = dataset(campaignId);
		Comparator<CampaignValue> declared = Comparator.comparing(CampaignValue::authorityName);
		for (Dimension dimension : dataset.dimensions()) {
			int index = dimension.position() - 1;
			declared = declared
				.thenComparingInt(value -> dimension.allowed().indexOf(value.entry().coordinates().get(index)));
		}
		return jdbc.sql("""
				select v.*, r.authority_code, a.name as authority_name, m.dated_on
				from foi_dataset_value v
				join foi_request r on r.id = v.request_id
				join foi_authority a on a.code = r.authority_code
				join foi_message m on m.id = v.message_id
				where r.campaign_id = :id
				order by a.name, v.dimension_1, v.dimension_2, v.dimension_3, v.dimension_4
				""")
			.param("id", campaignId)
			.query((rs, row) -> new CampaignValue(rs.getLong("request_id"), rs.getString("authority_code"),
					rs.getString("authority_name"), rs.getLong("message_id"),
					rs.getObject("dated_on", LocalDate.class), entry(rs)))
			.list()
			.stream()
			.sorted(declared)
			.toList();
	}

	/** Records a cell, replacing what the request had at the same coordinates. */
	void put(long requestId, long messageId, Entry entry, String by, Instant at) {
		remove(requestId, entry.coordinates());
		jdbc.sql("""
				insert into foi_dataset_value (request_id, message_id, dimension_1, dimension_2, dimension_3,
				  dimension_4, status, count_value, recorded_by, recorded_at)
				values (:request, :message, :d1, :d2, :d3, :d4, :status, :count, :by, :at)
				""")
			.param("request", requestId)
			.param("message", messageId)
			.param("d1", entry.coordinates().get(0))
			.param("d2", entry.coordinates().get(1))
			.param("d3", entry.coordinates().get(2))
			.param("d4", entry.coordinates().get(3))
			.param("status", entry.cell().status().name())
			.param("count", entry.cell().count())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	void remove(long requestId, List<String> coordinates) {
		jdbc.sql("""
				delete from foi_dataset_value where request_id = :request and dimension_1 = :d1
				  and dimension_2 = :d2 and dimension_3 = :d3 and dimension_4 = :d4
				""")
			.param("request", requestId)
			.param("d1", coordinates.get(0))
			.param("d2", coordinates.get(1))
			.param("d3", coordinates.get(2))
			.param("d4", coordinates.get(3))
			.update();
	}

	List<PublishedFigure> publishedFigures(long campaignId) {
		return jdbc.sql("select * from foi_published_figure where campaign_id = :id order by period, area_name, id")
			.param("id", campaignId)
			.query((rs, row) -> new PublishedFigure(rs.getString("area_code"), rs.getString("area_name"),
					rs.getString("period"), rs.getInt("count_value"), rs.getString("description")))
			.list();
	}

	private static Entry entry(ResultSet rs) throws SQLException {
		Status status = Status.valueOf(rs.getString("status"));
		DatasetCell cell = status == Status.COUNT ? DatasetCell.count(rs.getInt("count_value"))
				: DatasetCell.of(status);
		return new Entry(List.of(rs.getString("dimension_1"), rs.getString("dimension_2"),
				rs.getString("dimension_3"), rs.getString("dimension_4")), cell);
	}

}
