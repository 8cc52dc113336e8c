package org.crossforce.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crossforce.allocation.CaseAllocation;
import org.crossforce.allocation.IopcReferral;
import org.crossforce.allocation.Reason;
import org.crossforce.audit.AuditEntry;
import org.crossforce.audit.AuditLog;
import org.crossforce.cases.CaseFiles;
import org.crossforce.cases.CaseParties;
import org.crossforce.cases.CaseResource;
import org.crossforce.identity.SignedInUser;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.reports.ReferralIndicators;
import org.crossforce.reports.ReportSummary;
import org.crossforce.reports.Reports;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Assembles what a user may see of a case, reading each part through {@link CaseFiles} so each read is audited. */
@Component
class CaseViews {

	/** The case page shows this many of the most recent audit entries. */
	static final int AUDIT_TRAIL_SHOWN = 200;

	private final CaseFiles files;

	private final Reports reports;

	private final Forces forces;

	private final AuditLog audit;

	private final MessageSource messages;

	CaseViews(CaseFiles files, Reports reports, Forces forces, AuditLog audit,
			MessageSource messages) {
		this.files = files;
		this.audit = audit;
		this.reports = reports;
		this.forces = forces;
		this.messages = messages;
	}

	CaseView view(SignedInUser user, String reference, String purpose) {
		CaseFiles.CaseRecord record = load(reference);
		CaseParties parties = record.parties();
		ReportSummary summary = files.read(user, parties, CaseResource.SUMMARY, purpose, record::summary);
		Optional<CaseAllocation> allocation = record.allocation();
		Optional<IopcReferral> referral = record.referral();
		CaseView.Victim victim = optional(user, parties, CaseResource.VICTIM_IDENTITY, purpose,
				() -> reports.victimIdentity(reference)
					.map(v -> new CaseView.Victim(false, v.givenNames(), v.familyName(), summary.victimForce()))
					.orElse(new CaseView.Victim(true, null, null, null)));
		CaseView.Account account = optional(user, parties, CaseResource.ACCOUNT, purpose,
				() -> reports.account(reference)
					.map(a -> new CaseView.Account(a.contact(), a.narrative(), reports.additions(reference)))
					.orElse(null));
		List<Reports.EvidenceFileDescription> evidence = optional(user, parties, CaseResource.FILES, purpose,
				() -> reports.files(reference));
		CaseView.ConductNotice notice = optional(user, parties, CaseResource.CONDUCT_NOTICE, purpose,
				() -> conductNotice(summary, allocation));
		return new CaseView(reference, allocation.isPresent() ? "ALLOCATED" : "AWAITING_ALLOCATION",
				summary.submittedAt(), summary.channel().name(), summary.employingForce(), summary.incidentForce(),
				summary.accusedRole(), summary.relationship(), summary.abuseKinds(), summary.occurredFrom(),
				summary.occurredTo(), allocation.map(a -> a.classification().kind().name()).orElse(null),
				allocation.map(a -> render(a.classification().reason())).orElse(null),
				allocation.map(this::allocationView).orElse(null), referral.map(this::referralView).orElse(null),
				victim, account, evidence, notice);
	}

	/** The conduct notice alone, for the employing force's list: the only part of a case it ever sees. */
	CaseView.ConductNotice notice(SignedInUser user, String reference, String purpose) {
		CaseFiles.CaseRecord record = load(reference);
		return files.read(user, record.parties(), CaseResource.CONDUCT_NOTICE, purpose,
				() -> conductNotice(record.summary(), record.allocation()));
	}

	/** The case as loaded once for one view; not found when there is no such case. */
	private CaseFiles.CaseRecord load(String reference) {
		return files.load(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, text("cases.notFound")));
	}

	/** The case's audit trail, newest first, or null when the user may not see it; the read is itself audited. */
	List<AuditEntry> auditTrail(SignedInUser user, String reference, String purpose) {
		return optional(user, load(reference).parties(), CaseResource.AUDIT_TRAIL, purpose,
				() -> audit.entriesAbout("case " + reference, AUDIT_TRAIL_SHOWN));
	}

	/** One evidence file, decrypted, if the user may see the case's files; the read is audited. */
	EvidenceDownload file(SignedInUser user, String reference, long fileId, String purpose) {
		return files.read(user, reference, CaseResource.FILES, purpose, () -> {
			var description = reports.files(reference)
				.stream()
				.filter(file -> file.id() == fileId)
				.findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, text("cases.notFound")));
			return new EvidenceDownload(description.filename(), description.mediaType(),
					reports.fileContent(reference, fileId).orElseThrow());
		});
	}

	record EvidenceDownload(String filename, String mediaType, byte[] content) {
	}

	private <T> T optional(SignedInUser user, CaseParties parties, CaseResource resource, String purpose,
			java.util.function.Supplier<T> reader) {
		return files.may(user, parties, resource) ? files.read(user, parties, resource, purpose, reader) : null;
	}

	private CaseView.ConductNotice conductNotice(ReportSummary summary, Optional<CaseAllocation> allocation) {
		Reports.AccusedIdentity accused = reports.accused(summary.reference()).orElseThrow();
		return new CaseView.ConductNotice(summary.reference(), accused.givenNames(), accused.familyName(),
				accused.identifier(), summary.accusedRole(), summary.accusedRank(), summary.employingForce(),
				summary.abuseKinds(), riskFlags(summary.referralIndicators()),
				allocation.map(CaseAllocation::investigatingForce).orElse(null),
				allocation.map(CaseAllocation::decidedAt).orElse(null));
	}

	/** The answers that tell the employing force how to manage risk now (access to firearms, systems, threats). */
	static List<String> riskFlags(ReferralIndicators indicators) {
		List<String> flags = new ArrayList<>();
		if (indicators.firearmsAccess()) {
			flags.add("FIREARMS_ACCESS");
		}
		if (indicators.policeSystemsAccess()) {
			flags.add("POLICE_SYSTEMS_ACCESS");
		}
		if (indicators.threatsToKill()) {
			flags.add("THREATS_TO_KILL");
		}
		if (indicators.toldWillNotBeBelieved()) {
			flags.add("TOLD_WILL_NOT_BE_BELIEVED");
		}
		if (indicators.abuseOfPosition()) {
			flags.add("ABUSE_OF_POSITION");
		}
		if (indicators.seriousInjury()) {
			flags.add("SERIOUS_INJURY");
		}
		return flags;
	}

	private CaseView.Allocation allocationView(CaseAllocation allocation) {
		return new CaseView.Allocation(allocation.investigatingForce(), allocation.distance(), allocation.decidedAt(),
				allocation.overridden(), allocation.overridden() ? allocation.decidedBy() : null,
				allocation.overrideReason(),
				allocation.considered()
					.stream()
					.map(force -> new CaseView.Considered(force.force(), name(force.force()), force.distance(),
							force.excluded(), force.reasons().stream().map(this::render).toList()))
					.toList());
	}

	private CaseView.Referral referralView(IopcReferral referral) {
		var assessment = referral.assessment();
		return new CaseView.Referral(assessment.required(), render(assessment.summary()),
				assessment.criteria()
					.stream()
					.map(result -> new CaseView.Criterion(result.criterion().name(),
							text(result.criterion().messageCode()), result.met(), render(result.reason())))
					.toList(),
				referral.mode() == null ? null : referral.mode().name(), referral.directedForce(),
				referral.modeReason());
	}

	private String name(String force) {
		return forces.find(force).map(Force::name).orElse(force);
	}

	String render(Reason reason) {
		return messages.getMessage(reason.code(), reason.arguments().toArray(), LocaleContextHolder.getLocale());
	}

	private String text(String code) {
		return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}

}
