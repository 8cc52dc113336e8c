package org.crossforce.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.crossforce.reference.Forces;
import org.crossforce.reports.EvidenceFile;
import org.crossforce.reports.NewReport;
import org.crossforce.reports.ReportRejected;
import org.crossforce.reports.Submitter;
import org.crossforce.reports.Victim;
import org.crossforce.reports.Contact;

import org.springframework.stereotype.Component;

/**
 * The checks every report passes whichever way it came in, beyond the shape checks of each form or API: that
 * forces exist, dates are not in the future, consent taken on the victim's behalf says how and when, and evidence
 * files are few, small enough, and of an accepted type judged from their content.
 */
@Component
public class ReportValidation {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final Forces forces;

	private final Clock clock;

	ReportValidation(Forces forces, Clock clock) {
		this.forces = forces;
		this.clock = clock;
	}

	public void check(NewReport report, Submitter submitter) {
		force("accused.force", report.accused().force());
		for (int i = 0; i < report.accused().previousForces().size(); i++) {
			force("accused.previousForces[" + i + "]", report.accused().previousForces().get(i));
		}
		force("incidentForce", report.incidentForce());
		if (!forces.find(report.incidentForce()).orElseThrow().isTerritorial()) {
			throw new ReportRejected("incidentForce", "reports.error.incidentForceNotAnArea");
		}
		if (report.victim() != null) {
			victim(report.victim());
		}
		if (report.abuseKinds().isEmpty()) {
			throw new ReportRejected("abuseKinds", "reports.error.abuseKinds");
		}
		LocalDate today = LocalDate.now(clock.withZone(UK));
		notFuture("occurredFrom", report.occurredFrom(), today);
		if (report.occurredTo() != null) {
			notFuture("occurredTo", report.occurredTo(), today);
			if (report.occurredTo().isBefore(report.occurredFrom())) {
				throw new ReportRejected("occurredTo", "reports.error.endBeforeStart");
			}
		}
		if (submitter.onBehalfOfVictim()) {
			if (report.consent().givenHow() == null) {
				throw new ReportRejected("consent.givenHow", "reports.error.consentHow");
			}
			if (report.consent().givenOn() == null) {
				throw new ReportRejected("consent.givenOn", "reports.error.consentWhen");
			}
			notFuture("consent.givenOn", report.consent().givenOn(), today);
		}
		evidence(report);
	}

	private void victim(Victim victim) {
		if (victim.force() != null) {
			force("victim.servesWithForce", victim.force());
		}
		boolean given = victim.givenNames() != null && !victim.givenNames().isBlank();
		boolean family = victim.familyName() != null && !victim.familyName().isBlank();
		if (given != family) {
			throw new ReportRejected(given ? "victim.familyName" : "victim.givenNames", "reports.error.bothNames");
		}
		if (!victim.named() && victim.contact().preferred() != Contact.ContactChannel.NONE) {
			throw new ReportRejected("victim.contact", "reports.error.anonymousContact");
		}
	}

	private void evidence(NewReport report) {
		if (report.evidence().size() > EvidenceTypes.MAX_FILES) {
			throw new ReportRejected("evidence", "reports.error.tooManyFiles", EvidenceTypes.MAX_FILES);
		}
		for (int i = 0; i < report.evidence().size(); i++) {
			checkEvidenceFile(i, report.evidence().get(i));
		}
	}

	/**
	 * The checks one evidence file must pass, for pages that take files one at a time and say at once what is wrong
	 * with each.
	 *
	 * @param position where the file would go among the report's files, from 0
	 * @throws ReportRejected naming {@code evidence[position]}, or {@code evidence} when there is no room for it
	 */
	public void checkEvidenceFile(int position, EvidenceFile file) {
		if (position >= EvidenceTypes.MAX_FILES) {
			throw new ReportRejected("evidence", "reports.error.tooManyFiles", EvidenceTypes.MAX_FILES);
		}
		byte[] content = file.content();
		String field = "evidence[" + position + "]";
		if (content == null || content.length == 0) {
			throw new ReportRejected(field, "reports.error.emptyFile");
		}
		if (content.length > EvidenceTypes.MAX_BYTES) {
			throw new ReportRejected(field, "reports.error.fileTooLarge", EvidenceTypes.MAX_BYTES / (1024 * 1024));
		}
		if (EvidenceTypes.mediaTypeOf(content).isEmpty()) {
			throw new ReportRejected(field, "reports.error.fileType");
		}
	}

	private void force(String field, String code) {
		if (code == null || !forces.exists(code)) {
			throw new ReportRejected(field, "reports.error.unknownForce", String.valueOf(code));
		}
	}

	private static void notFuture(String field, LocalDate date, LocalDate today) {
		if (date != null && date.isAfter(today)) {
			throw new ReportRejected(field, "reports.error.future");
		}
	}

}
