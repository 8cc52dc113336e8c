package org.crossforce.supercomplaints.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.crossforce.supercomplaints.Stage;
import org.crossforce.supercomplaints.internal.ComplaintReports.Group;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode's example super-complaint: the Centre for Women's Justice's 2020 complaint about police-perpetrated
 * domestic abuse, with the dates that are public (submitted 9 March 2020; report published 30 June 2022) and the
 * report's title and address. The acknowledgement and decision dates are left empty because we do not know them.
 * Its recommendations are short illustrative summaries, marked so, addressed to the bodies the report names; no
 * response is recorded, because we have not recorded what each body actually said.
 */
@Component
@ConditionalOnProperty(name = "crossforce.demo.enabled", havingValue = "true")
@Order(50)
class DemoSuperComplaint implements ApplicationRunner {

	static final LocalDate SUBMITTED = LocalDate.of(2020, 3, 9);

	static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 30);

	static final String REPORT_URL = "https://hmicfrs.justiceinspectorates.gov.uk/publications/police-perpetrated-domestic-abuse-report-on-the-centre-for-womens-justice-super-complaint/";

	private final JdbcClient jdbc;

	private final ComplaintReports reports;

	private final MessageSource messages;

	private final Clock clock;

	private final TransactionTemplate transactions;

	DemoSuperComplaint(JdbcClient jdbc, ComplaintReports reports, MessageSource messages, Clock clock,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.messages = messages;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from super_complaint where demo = true and submitted_on = ?")
			.param(SUBMITTED)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		transactions.executeWithoutResult(status -> create());
	}

	private void create() {
		jdbc.sql("""
				insert into super_complaint (title, body_code, body_name, stage, all_forces, created_at, submitted_on,
				  report_published_on, report_title, report_url, response_days, demo)
				values (?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, true)""")
			.params(text("supercomplaints.demo.title"), "centre-for-womens-justice", text("supercomplaints.demo.body"),
					Stage.REPORT_PUBLISHED.name(), java.sql.Timestamp.from(clock.instant()), SUBMITTED, PUBLISHED,
					text("supercomplaints.demo.report.title"), REPORT_URL, reports.defaultResponseDays())
			.update();
		long id = jdbc.sql("select id from super_complaint where demo = true and submitted_on = ?")
			.param(SUBMITTED)
			.query(Long.class)
			.single();
		reports.insertRecommendation(id, 1, text("supercomplaints.demo.recommendation.1"), true,
				reports.lines("recommendations[0]", new ComplaintReports.NewRecommendation("", java.util.Set
					.of(Group.ALL_CHIEF_CONSTABLES, Group.PCCS, Group.MOJ), List.of(), List.of())));
		reports.insertRecommendation(id, 2, text("supercomplaints.demo.recommendation.2"), true,
				reports.lines("recommendations[1]", new ComplaintReports.NewRecommendation("",
						java.util.Set.of(Group.COLLEGE, Group.IOPC), List.of(), List.of())));
	}

	private String text(String code) {
		return messages.getMessage(code, null, Locale.UK);
	}

}
