package org.crossforce.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.crossforce.audit.AuditLog;
import org.crossforce.reports.internal.ReportSealing;
import org.crossforce.reports.internal.ReportValidation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a report in, from any channel: checks it, encrypts what must be protected, stores it, gives the reporter a
 * receipt, and publishes {@link ReportSubmitted} in the same transaction, so allocation follows from the outbox
 * even if it fails at first. A report that fails a check is refused whole: nothing is stored.
 */
@Service
public class ReportIntake {

	private final ReportValidation validation;

	private final ReportSealing sealing;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	ReportIntake(ReportValidation validation, ReportSealing sealing, ApplicationEventPublisher events, AuditLog audit,
			Clock clock) {
		this.validation = validation;
		this.sealing = sealing;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws ReportRejected naming the first field that cannot be accepted
	 */
	@Transactional
	public ReportReceipt submit(NewReport report, Submitter submitter) {
		validation.check(report, submitter);
		Instant now = clock.instant();
		ReportSealing.Stored stored = sealing.store(report, submitter, now);
		List<String> previous = new ArrayList<>(report.accused().previousForces());
		events.publishEvent(new ReportSubmitted(stored.receipt().reference(), report.accused().force(), previous,
				report.incidentForce(), report.victimForce(),
				report.accused().role(), report.accused().rank(), report.abuseKinds(), report.referralIndicators(), now));
		audit.record(submitter.username() == null ? "victim" : submitter.username(), "report.submitted",
				"case " + stored.receipt().reference(),
				"channel=" + submitter.channel() + ", files=" + report.evidence().size());
		return stored.receipt();
	}

}
