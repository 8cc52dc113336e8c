package org.crossforce.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What goes in through the intake comes back out of {@link Reports} the same, and only decrypted there. */
@IntegrationTest
class ReportStorageTest {

	@Autowired
	ReportIntake intake;

	@Autowired
	Reports reports;

	@Autowired
	JdbcClient jdbc;

	static NewReport report(Victim victim, List<EvidenceFile> evidence) {
		return new NewReport(
				new Accused("Alex", "Example", "metropolitan", AccusedRole.OFFICER, "Inspector", "MP-998",
						List.of("essex")),
				victim, Relationship.MARRIED, Set.of(AbuseKind.ECONOMIC, AbuseKind.CONTROLLING_OR_COERCIVE), "surrey",
				LocalDate.of(2024, 5, 1), null, "He took my wages every month.",
				new ReferralIndicators(false, false, true, false, true, false, true, false),
				new Consent(true, false, null, null), evidence);
	}

	@Test
	void aNamedReportWithEvidenceComesBackWhole() {
		byte[] pdf = "%PDF-1.7 a letter".getBytes(StandardCharsets.US_ASCII);
		Victim victim = new Victim("Sam", "Sample", "surrey",
				new Contact(Contact.ContactChannel.PHONE, null, "07700 900123", "weekday mornings", false));
		ReportReceipt receipt = intake.submit(report(victim, List.of(new EvidenceFile("letter.pdf", pdf))),
				Submitter.VICTIM);

		ReportSummary summary = reports.summary(receipt.reference()).orElseThrow();
		assertThat(summary.employingForce()).isEqualTo("metropolitan");
		assertThat(summary.previousForces()).containsExactly("essex");
		assertThat(summary.victimForce()).isEqualTo("surrey");
		assertThat(summary.abuseKinds()).containsExactlyInAnyOrder(AbuseKind.ECONOMIC,
				AbuseKind.CONTROLLING_OR_COERCIVE);
		assertThat(summary.referralIndicators().abuseOfPosition()).isTrue();
		assertThat(summary.referralIndicators().threatsToKill()).isTrue();
		assertThat(summary.referralIndicators().seriousInjury()).isFalse();
		assertThat(summary.channel()).isEqualTo(Submitter.Channel.VICTIM_WEB);
		assertThat(summary.referringOrganisation()).isNull();

		assertThat(reports.accused(receipt.reference()).orElseThrow())
			.isEqualTo(new Reports.AccusedIdentity("Alex", "Example", "MP-998"));
		assertThat(reports.victimIdentity(receipt.reference()).orElseThrow())
			.isEqualTo(new Reports.VictimIdentity("Sam", "Sample"));
		Reports.VictimAccount account = reports.account(receipt.reference()).orElseThrow();
		assertThat(account.narrative()).isEqualTo("He took my wages every month.");
		assertThat(account.contact().phone()).isEqualTo("07700 900123");
		var files = reports.files(receipt.reference());
		assertThat(files).singleElement().satisfies(file -> {
			assertThat(file.filename()).isEqualTo("letter.pdf");
			assertThat(file.mediaType()).isEqualTo("application/pdf");
			assertThat(reports.fileContent(receipt.reference(), file.id()).orElseThrow()).isEqualTo(pdf);
		});
	}

	@Test
	void anAnonymousReportHasNoVictimIdentity() {
		ReportReceipt receipt = intake.submit(report(null, List.of()), Submitter.VICTIM);
		assertThat(reports.victimIdentity(receipt.reference())).isEmpty();
		assertThat(reports.summary(receipt.reference()).orElseThrow().victimAnonymous()).isTrue();
		assertThat(reports.account(receipt.reference()).orElseThrow().contact()).isEqualTo(Contact.NONE);
	}

	@Test
	void aRefusedReportLeavesNothingBehind() {
		long before = jdbc.sql("select count(*) from report").query(Long.class).single();
		long filesBefore = jdbc.sql("select count(*) from evidence_file").query(Long.class).single();
		byte[] fake = { 'M', 'Z', 1, 2, 3 };
		assertThatThrownBy(() -> intake.submit(report(null,
				List.of(new EvidenceFile("ok.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)),
						new EvidenceFile("evil.pdf", fake))),
				Submitter.VICTIM))
			.isInstanceOf(ReportRejected.class)
			.hasMessageContaining("evidence[1]");
		assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from evidence_file").query(Long.class).single()).isEqualTo(filesBefore);
	}

	@Test
	void ciphertextMovedToAnotherCaseDoesNotDecrypt() {
		ReportReceipt first = intake.submit(report(null, List.of()), Submitter.VICTIM);
		ReportReceipt second = intake.submit(report(null, List.of()), Submitter.VICTIM);
		byte[] narrative = jdbc.sql("select narrative_enc from report where reference = :r")
			.param("r", first.reference())
			.query(byte[].class)
			.single();
		jdbc.sql("update report set narrative_enc = :n where reference = :r")
			.param("n", narrative)
			.param("r", second.reference())
			.update();
		assertThatThrownBy(() -> reports.account(second.reference())).hasMessageContaining("Decryption failed");
	}

}
