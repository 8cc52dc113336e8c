package org.crossforce.supercomplaints.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crossforce.audit.AuditLog;
import org.crossforce.cases.ConsentedAccounts;
import org.crossforce.cases.ConsentedAccounts.ConsentedAccount;
import org.crossforce.identity.SignedInUser;
import org.crossforce.reports.ReportSummary;
import org.crossforce.supercomplaints.Stage;
import org.crossforce.supercomplaints.internal.Complaints.Header;
import org.crossforce.supercomplaints.internal.EvidenceStore.StoredWarning;
import org.crossforce.supercomplaints.internal.PackContent.CaseStudy;
import org.crossforce.web.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Case studies for a draft: an account from a case the body recorded whose victim consented to anonymised use, or
 * one written by hand from an account given outside the service. Either way the text is anonymised when it is
 * offered for editing and again when it is saved, so whatever the author types back in is taken out too; only the
 * anonymised text is stored, with the warnings still left in it. The case's reference goes to the audit log, never
 * into the item or its pack.
 */
@Component
class CaseStudies {

	static final String FROM_CASE = "Anonymised account from a case reported through Crossforce, with the victim's "
			+ "consent to anonymised use";

	static final String BY_HAND = "Anonymised account given to the designated body outside Crossforce, with the "
			+ "person's consent to anonymised use";

	static final int MAX_TITLE = 200;

	/** How many characters either side of a warning's words the author is shown. */
	static final int AROUND = 40;

	/** A case study being edited: the text as it now stands after anonymising, and what was done to it. */
	record Edit(String caseReference, String title, Anonymised anonymised) {

		List<StoredWarning> storedWarnings() {
			return warnings(anonymised);
		}

	}

	private final Complaints complaints;

	private final ComplaintAccess access;

	private final ConsentedAccounts accounts;

	private final CaseStudyAnonymiser anonymiser;

	private final Drafts drafts;

	private final AuditLog audit;

	private final EvidenceStore evidence;

	CaseStudies(Complaints complaints, ComplaintAccess access, ConsentedAccounts accounts,
			CaseStudyAnonymiser anonymiser, Drafts drafts, EvidenceStore evidence, AuditLog audit) {
		this.evidence = evidence;
		this.complaints = complaints;
		this.access = access;
		this.accounts = accounts;
		this.anonymiser = anonymiser;
		this.drafts = drafts;
		this.audit = audit;
	}

	/** The cases the user's body recorded that may be drawn on; refused unless the user may change the draft. */
	List<ReportSummary> choices(SignedInUser user, long complaintId) {
		draft(user, complaintId);
		return accounts.available(user);
	}

	/** The case's account, anonymised, for the author to edit. */
	Edit fromCase(SignedInUser user, long complaintId, String reference) {
		draft(user, complaintId);
		if (reference == null || reference.isBlank()) {
			throw new InvalidInput("case", "supercomplaints.caseStudy.case.required");
		}
		ConsentedAccount account = account(user, complaintId, reference.strip());
		if (account.narrative().isBlank()) {
			throw new InvalidInput("case", "supercomplaints.caseStudy.case.noAccount");
		}
		return new Edit(account.reference(), "", anonymise(account.narrative(), known(account)));
	}

	/** Anonymises the edited text again, for the author to check before saving. */
	Edit check(SignedInUser user, long complaintId, String reference, String title, String text) {
		draft(user, complaintId);
		KnownIdentifiers known = blank(reference) ? KnownIdentifiers.none()
				: known(account(user, complaintId, reference.strip()));
		return new Edit(blank(reference) ? null : reference.strip(), clean(title), anonymise(text, known));
	}

	/**
	 * Anonymises the edited text once more and adds it to the draft as the next version, with the warnings left in
	 * it.
	 */
	Drafts.Version save(SignedInUser user, long complaintId, int base, String reference, String title, String text) {
		Edit edit = check(user, complaintId, reference, title, text);
		if (edit.title().isEmpty()) {
			throw new InvalidInput("title", "supercomplaints.caseStudy.title.required");
		}
		if (edit.title().length() > MAX_TITLE) {
			throw new InvalidInput("title", "supercomplaints.caseStudy.title.tooLong", MAX_TITLE);
		}
		CaseStudy study = new CaseStudy(edit.title(), edit.caseReference() == null ? BY_HAND : FROM_CASE,
				edit.anonymised().text());
		Drafts.Version saved = drafts.addEvidence(user, complaintId, base, EvidenceStore.Kind.CASE_STUDY, study,
				edit.storedWarnings(), edit.caseReference());
		audit.record(user.getUsername(), "SUPERCOMPLAINT_CASE_STUDY_ADDED", Drafts.subject(complaintId),
				"version " + saved.number() + (edit.caseReference() == null ? ": written by hand"
						: ": anonymised from case " + edit.caseReference())
						+ ", warnings left: " + edit.anonymised().warnings().size());
		return saved;
	}

	/**
	 * The case studies among these items whose victim has since withdrawn consent to anonymised use (or whose case
	 * is gone): they must come out of the draft before it is submitted.
	 */
	Set<Long> withoutConsent(long complaintId, Collection<Long> itemIds) {
		Set<Long> withdrawn = new HashSet<>();
		evidence.caseReferences(complaintId, itemIds).forEach((item, reference) -> {
			if (!accounts.stillConsents(reference)) {
				withdrawn.add(item);
			}
		});
		return withdrawn;
	}

	static List<StoredWarning> warnings(Anonymised anonymised) {
		return anonymised.warnings()
			.stream()
			.map(warning -> new StoredWarning(warning.messageKey(), warning.text(),
					warning.snippet(anonymised.text(), AROUND)))
			.toList();
	}

	private ConsentedAccount account(SignedInUser user, long complaintId, String reference) {
		try {
			return accounts.read(user, reference, "super-complaint " + complaintId + " case study");
		}
		catch (ResponseStatusException refused) {
			if (refused.getStatusCode() == HttpStatus.FORBIDDEN) {
				throw new InvalidInput("case", "supercomplaints.caseStudy.case.noConsent");
			}
			throw refused;
		}
	}

	private Anonymised anonymise(String text, KnownIdentifiers known) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("text", "supercomplaints.caseStudy.text.required");
		}
		try {
			return anonymiser.anonymise(text, known);
		}
		catch (IllegalArgumentException tooLong) {
			throw new InvalidInput("text", "supercomplaints.caseStudy.text.tooLong",
					CaseStudyAnonymiser.MAX_LENGTH);
		}
	}

	private static KnownIdentifiers known(ConsentedAccount account) {
		return new KnownIdentifiers(account.names(), account.places());
	}

	private Header draft(SignedInUser user, long complaintId) {
		Header header = complaints.find(complaintId).orElseThrow(ComplaintAccess::notFound);
		access.requireBodyUser(user, header);
		if (header.stage() != Stage.DRAFT) {
			throw new InvalidInput("stage", "supercomplaints.draft.notDraft");
		}
		return header;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String clean(String value) {
		return value == null ? "" : value.strip();
	}

}
