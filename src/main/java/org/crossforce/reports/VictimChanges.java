package org.crossforce.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.crossforce.audit.AuditLog;
import org.crossforce.reports.internal.ReportAmendments;
import org.crossforce.reports.internal.ReportValidation;
import org.crossforce.web.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the victim changes in their report from their own view, after proving it is theirs with the reference and
 * passphrase (the caller's job): information and files they add, how to contact them, consent they withdraw. Each
 * change is audited with the victim as the actor, and no entry holds what they wrote or how to reach them.
 */
@Service
public class VictimChanges {

	/** The actor written to the audit log for the victim in their own view (as {@code Investigations.VICTIM}). */
	public static final String VICTIM = "victim";

	/** About five pages: room to add to an account, not to write a new one (files are for documents). */
	public static final int MAX_ADDITION = 10_000;

	private final ReportAmendments amendments;

	private final ReportValidation validation;

	private final Reports reports;

	private final AuditLog audit;

	private final Clock clock;

	VictimChanges(ReportAmendments amendments, ReportValidation validation, Reports reports, AuditLog audit,
			Clock clock) {
		this.amendments = amendments;
		this.validation = validation;
		this.reports = reports;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Adds information, a file, or both, to the report.
	 * @throws InvalidInput naming {@code text} (empty or too long) or {@code file} (empty, too large, wrong type)
	 */
	@Transactional
	public void addInformation(String reference, String text, EvidenceFile file) {
		String trimmed = text == null || text.isBlank() ? null : text.strip();
		if (trimmed == null && file == null) {
			throw new InvalidInput("text", "track.add.error.empty");
		}
		if (trimmed != null && trimmed.length() > MAX_ADDITION) {
			throw new InvalidInput("text", "track.add.error.tooLong", MAX_ADDITION);
		}
		if (file != null) {
			try {
				validation.checkEvidenceFile(0, file);
			}
			catch (ReportRejected rejected) {
				throw new InvalidInput("file", "journey." + rejected.getCodes()[0], rejected.getArguments());
			}
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		if (!amendments.add(reference, trimmed, file, now)) {
			throw new IllegalArgumentException("no such case");
		}
		audit.record(VICTIM, "report.information.added", "case " + reference,
				"text=" + (trimmed != null) + ", files=" + (file == null ? 0 : 1));
	}

	/**
	 * Replaces how the victim may be contacted. An anonymous report has no contact details to change.
	 * @throws InvalidInput naming {@code channel} for an anonymous report
	 */
	@Transactional
	public void changeContact(String reference, Contact contact) {
		ReportSummary summary = reports.summary(reference).orElseThrow(() -> new IllegalArgumentException("no such case"));
		if (summary.victimAnonymous() && contact.preferred() != Contact.ContactChannel.NONE) {
			throw new InvalidInput("channel", "track.contact.error.anonymous");
		}
		if (!summary.victimAnonymous()) {
			amendments.changeContact(reference, contact);
		}
		audit.record(VICTIM, "report.contact.changed", "case " + reference, "changed in the victim's own view");
	}

	/**
	 * Withdraws consent to share the victim's details with the investigating force, to anonymised use, or both.
	 * Consent is only ever withdrawn here, never given back.
	 */
	@Transactional
	public void withdrawConsent(String reference, boolean sharing, boolean anonymisedUse) {
		if (!sharing && !anonymisedUse) {
			throw new InvalidInput("withdraw", "track.consent.error.nothing");
		}
		amendments.withdrawConsent(reference, sharing, anonymisedUse, clock.instant());
		audit.record(VICTIM, "report.consent.withdrawn", "case " + reference,
				(sharing ? "sharing with the investigating force" : "")
						+ (sharing && anonymisedUse ? ", " : "") + (anonymisedUse ? "anonymised use" : ""));
	}

	/** When the victim withdrew each consent, null for one they did not withdraw (still given, or never given). */
	public record Withdrawals(Instant sharing, Instant anonymisedUse) {
	}

	@Transactional(readOnly = true)
	public Withdrawals withdrawals(String reference) {
		var withdrawals = amendments.withdrawals(reference);
		return new Withdrawals(withdrawals.sharing(), withdrawals.anonymisedUse());
	}

}
