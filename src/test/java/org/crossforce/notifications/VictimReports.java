package org.crossforce.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.crossforce.reports.AbuseKind;
import org.crossforce.reports.Accused;
import org.crossforce.reports.AccusedRole;
import org.crossforce.reports.Consent;
import org.crossforce.reports.Contact;
import org.crossforce.reports.NewReport;
import org.crossforce.reports.ReferralIndicators;
import org.crossforce.reports.Relationship;
import org.crossforce.reports.ReportIntake;
import org.crossforce.reports.Submitter;
import org.crossforce.reports.Victim;

/** Reports by named victims with the contact a test needs. */
final class VictimReports {

	static final String NARRATIVE = "Thaddeus smashed crockery every Wednesday evening near Ambleside";

	static final Accused ACCUSED = new Accused("Thaddeus", "Quilliam", "cumbria", AccusedRole.OFFICER, "Sergeant",
			"CU-4471", List.of("lancashire"));

	private VictimReports() {
	}

	static String submit(ReportIntake intake, Contact contact) {
		NewReport report = new NewReport(ACCUSED, new Victim("Morwenna", "Trelawney", null, contact),
				Relationship.MARRIED, Set.of(AbuseKind.CONTROLLING_OR_COERCIVE), "north-yorkshire",
				LocalDate.of(2024, 3, 1), null, NARRATIVE,
				new ReferralIndicators(false, false, false, false, false, false, false, false),
				new Consent(true, false, null, null), List.of());
		return intake.submit(report, Submitter.VICTIM).reference();
	}

	static String email() {
		return "victim-" + UUID.randomUUID() + "@example.org";
	}

	/** A UK mobile number from Ofcom's drama range, different each time. */
	static String phone() {
		return String.format("07700 9%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100000));
	}

}
