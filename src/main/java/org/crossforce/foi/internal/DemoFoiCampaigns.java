package org.crossforce.foi.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.foi.PublishedFigures;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode's two FOI campaigns, made once on an empty database. One records figures the Centre for Women's Justice
 * published in its 2020 super-complaint, exactly as published and with no requests, since we do not know each force's
 * reply. The other is invented, says so in its title, source and every message, and sends a request to every force so
 * that each state of the FOI clock can be seen ({@link IllustrativeFoiCampaign}).
 */
@Component
@ConditionalOnProperty(name = "crossforce.demo.enabled", havingValue = "true")
@Order(30)
class DemoFoiCampaigns implements ApplicationRunner {

	static final String ORGANISATION = "support-demo";

	static final String ADVOCATE = "advocate@support.demo";

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** Police-perpetrated domestic abuse super-complaint (Centre for Women's Justice, March 2020). */
	static final int GREATER_MANCHESTER_REPORTS = 79;

	static final int ENGLAND_AND_WALES_REPORTS = 666;

	private final FoiRecords records;

	private final PublishedFigures figures;

	private final JdbcClient jdbc;

	private final WorkingDayCalendar calendar;

	private final MessageSource messages;

	private final Clock clock;

	private final TransactionTemplate transactions;

	DemoFoiCampaigns(FoiRecords records, PublishedFigures figures, JdbcClient jdbc, WorkingDayCalendar calendar,
			MessageSource messages, Clock clock, TransactionTemplate transactions) {
		this.records = records;
		this.figures = figures;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from foi_campaign").query(Long.class).single() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(LONDON));
		transactions.executeWithoutResult(status -> {
			published();
			new IllustrativeFoiCampaign(records, jdbc, calendar, messages, clock, today).create();
		});
	}

	private void published() {
		String title = text("foi.demo.published.title");
		String period = text("foi.demo.published.period");
		long campaign = records.insertCampaign(title, title, text("foi.demo.published.body"), ORGANISATION, "demo",
				clock.instant(), true, text("foi.demo.published.source"), period);
		String description = text("foi.demo.published.description");
		figures.add(campaign, "greater-manchester", text("foi.demo.published.area.greaterManchester"), period,
				GREATER_MANCHESTER_REPORTS, description);
		figures.add(campaign, "E&W", text("foi.demo.published.area.englandAndWales"), period,
				ENGLAND_AND_WALES_REPORTS, description);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
