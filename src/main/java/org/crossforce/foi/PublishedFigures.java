package org.crossforce.foi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Figures a published campaign records (the statistics show them as published, with their source) as someone else obtained and published them, each shown with its campaign's
 * source. An area is a force code, or {@code E&W} for England and Wales as a whole.
 */
@Repository
public class PublishedFigures {

	/**
	 * One published figure.
	 *
	 * @param source who obtained and published it: the campaign's source
	 */
	public record PublishedFigure(long campaignId, String areaCode, String areaName, String period, int count,
			String description, String source) {
	}

	private static final String SELECT = """
			select f.campaign_id, f.area_code, f.area_name, f.period, f.count_value, f.description, c.source
			from foi_published_figure f join foi_campaign c on c.id = f.campaign_id
			""";

	private final JdbcClient jdbc;

	PublishedFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(long campaignId, String areaCode, String areaName, String period, int count,
			String description) {
		jdbc.sql("""
				insert into foi_published_figure (campaign_id, area_code, area_name, period, count_value, description)
				values (:campaign, :area, :name, :period, :count, :description)
				""")
			.param("campaign", campaignId)
			.param("area", areaCode)
			.param("name", areaName)
			.param("period", period)
			.param("count", count)
			.param("description", description)
			.update();
	}

	/** A campaign's figures, in the order they were added. */
	public List<PublishedFigure> of(long campaignId) {
		return jdbc.sql(SELECT + " where f.campaign_id = :campaign order by f.id")
			.param("campaign", campaignId)
			.query(PublishedFigures::figure)
			.list();
	}

	/** Every published figure, by campaign and then in the order added. */
	public List<PublishedFigure> all() {
		return jdbc.sql(SELECT + " order by f.campaign_id, f.id").query(PublishedFigures::figure).list();
	}

	private static PublishedFigure figure(ResultSet rs, int row) throws SQLException {
		return new PublishedFigure(rs.getLong("campaign_id"), rs.getString("area_code"), rs.getString("area_name"),
				rs.getString("period"), rs.getInt("count_value"), rs.getString("description"), rs.getString("source"));
	}

}
