package org.crossforce.foi;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.crossforce.foi.internal.FoiRecords;
import org.crossforce.foi.internal.FoiRecords.Campaign;
import org.crossforce.foi.PublishedFigures.PublishedFigure;
import org.crossforce.testing.IntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The demo runner has run at start-up: these are the campaigns it made. */
@IntegrationTest
class DemoFoiCampaignsTest {

	static final String PUBLISHED = "Domestic abuse reports against police employees, April 2015 – March 2018";

	@Autowired
	FoiRecords records;

	@Autowired
	PublishedFigures figures;

	@Autowired
	FoiClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void thePublishedCampaignHoldsTheSuperComplaintsFiguresAndNoRequests() {
		Campaign campaign = campaign(PUBLISHED);
		assertThat(campaign.published()).isTrue();
		assertThat(campaign.organisationCode()).isEqualTo("support-demo");
		assertThat(campaign.createdBy()).isEqualTo("demo");
		assertThat(campaign.period()).isEqualTo("April 2015 – March 2018");
		assertThat(campaign.source()).contains("super-complaint", "Centre for Women's Justice, March 2020");
		assertThat(records.requestsOf(campaign.id())).isEmpty();
		assertThat(figures.of(campaign.id()))
			.extracting(PublishedFigure::areaCode, PublishedFigure::areaName, PublishedFigure::count,
					PublishedFigure::period, PublishedFigure::source)
			.containsExactly(
					tuple("greater-manchester", "Greater Manchester Police", 79, "April 2015 – March 2018",
							campaign.source()),
					tuple("E&W", "England and Wales", 666, "April 2015 – March 2018", campaign.source()));
		assertThat(figures.all()).filteredOn(figure -> figure.campaignId() == campaign.id()).hasSize(2);
	}

	@Test
	void theIllustrativeCampaignAsksEveryForceAndShowsTheClocksStates() {
		Campaign campaign = campaign("Illustrative demo: conduct notices received, April 2024 – March 2025");
		assertThat(campaign.published()).isFalse();
		assertThat(campaign.source()).startsWith("Illustrative demo data").contains("not real figures");
		assertThat(campaign.createdBy()).isEqualTo("advocate@support.demo");
		List<FoiRecords.FoiRequest> requests = records.requestsOf(campaign.id());
		assertThat(requests).hasSize(46);
		assertThat(records.thread(requests.get(0).id()).get(0).body()).contains("illustrative demonstration");

		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		Map<Long, List<RequestStep>> steps = records.stepsOfCampaign(campaign.id());
		assertThat(steps).hasSize(46);
		Collection<ClockReading> readings = steps.values().stream().map(each -> clock.read(each, today)).toList();
		assertThat(readings).anyMatch(reading -> reading.overdue() && !reading.veryOverdue())
			.anyMatch(ClockReading::veryOverdue)
			.anyMatch(reading -> reading.state() == FoiState.AWAITING_CLARIFICATION)
			.anyMatch(reading -> reading.state() == FoiState.EXTENDED_PUBLIC_INTEREST && !reading.warnings().isEmpty())
			.anyMatch(reading -> reading.state() == FoiState.AWAITING_RESPONSE && !reading.overdue());
		assertThat(readings).extracting(ClockReading::state)
			.containsAll(List.of(FoiState.values()).subList(1, FoiState.values().length));

		assertThat(jdbc.sql("select count(*) from foi_dataset_dimension where campaign_id = :id")
			.param("id", campaign.id())
			.query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(jdbc.sql("""
				select distinct v.status from foi_dataset_value v join foi_request r on r.id = v.request_id
				where r.campaign_id = :id
				""").param("id", campaign.id()).query(String.class).list())
			.containsExactlyInAnyOrder("COUNT", "NIL", "NOT_HELD", "REFUSED");
	}

	@Test
	void runningAgainAddsNothing() throws Exception {
		long campaigns = count("foi_campaign");
		long requests = count("foi_request");
		long figuresBefore = count("foi_published_figure");
		context.getBean("demoFoiCampaigns", ApplicationRunner.class).run(new DefaultApplicationArguments());
		assertThat(count("foi_campaign")).isEqualTo(campaigns);
		assertThat(count("foi_request")).isEqualTo(requests);
		assertThat(count("foi_published_figure")).isEqualTo(figuresBefore);
	}

	private Campaign campaign(String title) {
		List<Campaign> found = records.campaigns().stream().filter(campaign -> campaign.title().equals(title)).toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
