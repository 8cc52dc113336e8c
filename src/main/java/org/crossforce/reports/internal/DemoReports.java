package org.crossforce.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.crossforce.reports.AbuseKind;
import org.crossforce.reports.Accused;
import org.crossforce.reports.AccusedRole;
import org.crossforce.reports.Consent;
import org.crossforce.reports.Contact;
import org.crossforce.reports.DemoCase;
import org.crossforce.reports.NewReport;
import org.crossforce.reports.ReferralIndicators;
import org.crossforce.reports.Relationship;
import org.crossforce.reports.ReportIntake;
import org.crossforce.reports.Submitter;
import org.crossforce.reports.Victim;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo mode's illustrative reports, made through the normal intake so they are encrypted, allocated and audited
 * like any other. Every name and account says it is a demonstration; none is a real case.
 */
@Component
@ConditionalOnProperty(name = "crossforce.demo.enabled", havingValue = "true")
@Order(20)
class DemoReports implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	private final ReportIntake intake;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ReportAmendments amendments;

	private final PasswordEncoder passwords;

	DemoReports(ReportIntake intake, JdbcClient jdbc, Clock clock, ReportAmendments amendments,
			PasswordEncoder passwords) {
		this.intake = intake;
		this.jdbc = jdbc;
		this.clock = clock;
		this.amendments = amendments;
		this.passwords = passwords;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from report").query(Long.class).single() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
		Consent shared = new Consent(true, true, null, null);
		Submitter advocate = new Submitter(Submitter.Channel.ADVOCATE_WEB, "advocate@support.demo", "support-demo");
		intake.submit(new NewReport(accused("greater-manchester", AccusedRole.OFFICER, "Sergeant", List.of()), null,
				Relationship.INTIMATE_PARTNERS, Set.of(AbuseKind.CONTROLLING_OR_COERCIVE), "greater-manchester",
				today.minusMonths(8), today.minusMonths(2), narrative("checked my phone and tracked where I went"),
				new ReferralIndicators(false, false, false, false, false, false, true, true), shared, List.of()),
				Submitter.VICTIM);
		var followed = intake.submit(new NewReport(accused("city-of-london", AccusedRole.OFFICER, "Constable", List.of("metropolitan")),
				new Victim("Demo", "Victim One", null,
						new Contact(Contact.ContactChannel.EMAIL, "demo.victim@example.org", null, "weekdays", false)),
				Relationship.MARRIED, Set.of(AbuseKind.ECONOMIC, AbuseKind.PSYCHOLOGICAL_OR_EMOTIONAL), "city-of-london",
				today.minusMonths(14), today.minusMonths(1), narrative("took control of our money"),
				ReferralIndicators.NONE, new Consent(true, true, Consent.ConsentMethod.IN_PERSON, today.minusDays(3)),
				List.of()), advocate);
		// The victim's own view publishes this one's receipt in demo mode, so a visitor can follow a case.
		amendments.replacePassphraseHash(followed.reference(), passwords.encode(DemoCase.PASSPHRASE));
		amendments.markDemoReceipt(followed.reference());
		intake.submit(new NewReport(accused("metropolitan", AccusedRole.STAFF, null, List.of()),
				new Victim("Demo", "Victim Two", "surrey", Contact.NONE), Relationship.ENGAGED,
				Set.of(AbuseKind.VIOLENT_OR_THREATENING), "surrey", today.minusMonths(3), null,
				narrative("threatened me after I ended the engagement"),
				new ReferralIndicators(false, false, false, false, true, false, false, false), shared, List.of()),
				Submitter.VICTIM);
		intake.submit(new NewReport(accused("kent", AccusedRole.PCSO, null, List.of()), null,
				Relationship.PARENTS_OF_THE_SAME_CHILD, Set.of(AbuseKind.PHYSICAL_OR_SEXUAL), "kent",
				today.minusMonths(1), null, narrative("hurt me badly in front of our child"),
				new ReferralIndicators(true, false, false, false, false, false, false, false), shared, List.of()),
				Submitter.VICTIM);
		log.info("Demo reports created: illustrative, not real cases");
	}

	private static Accused accused(String force, AccusedRole role, String rank, List<String> previous) {
		return new Accused("Demo", "Accused (" + force + ")", force, role, rank, null, previous);
	}

	private static String narrative(String what) {
		return "Illustrative demo report, not a real case. In this example the accused " + what + ".";
	}

}
