package org.crossforce.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crossforce.audit.AuditLog;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.reports.ReportSummary;
import org.crossforce.reports.Reports;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Accounts whose victims agreed that the case may be used, anonymised, as evidence for change: offered only to the
 * advocates of the organisation that recorded the report, and only while that consent stands. Each read goes through
 * {@link CaseFiles#read} (the access policy, and the audit log); a read of a case without that consent, or of another
 * organisation's case, is refused and audited.
 */
@Service
public class ConsentedAccounts {

	/** How many of the organisation's most recent reports are offered. */
	static final int LIMIT = 200;

	/**
	 * The account and what the service knows identifies the case, to be taken out of it. Never to be stored or shown
	 * as it is.
	 *
	 * @param names the victim's and the accused's names, and the accused's warrant or staff number if given
	 * @param places the forces the case names, by name
	 */
	public record ConsentedAccount(String reference, String narrative, List<String> names, List<String> places) {
	}

	private final CaseFiles files;

	private final Reports reports;

	private final Forces forces;

	private final AuditLog audit;

	ConsentedAccounts(CaseFiles files, Reports reports, Forces forces, AuditLog audit) {
		this.files = files;
		this.reports = reports;
		this.forces = forces;
		this.audit = audit;
	}

	/** The cases the user's organisation recorded whose victim consents to anonymised use, newest first. */
	public List<ReportSummary> available(SignedInUser user) {
		if (!user.hasRole(Role.ADVOCATE)) {
			return List.of();
		}
		return reports.submittedBy(user.organisation().code(), LIMIT, 0)
			.stream()
			.filter(ConsentedAccounts::consents)
			.toList();
	}

	/**
	 * Whether the victim of this case still consents to anonymised use; false for a case that no longer exists. Reads
	 * no content, so it is not audited as a read.
	 */
	public boolean stillConsents(String reference) {
		return reports.summary(reference).map(ConsentedAccounts::consents).orElse(false);
	}

	/**
	 * Reads the account for anonymised use, auditing the read.
	 * @param purpose why it is read, for the audit entry
	 * @throws ResponseStatusException 404 when there is no such case or another organisation recorded it, 403 when
	 * the victim has not consented (or has withdrawn consent) to anonymised use
	 */
	public ConsentedAccount read(SignedInUser user, String reference, String purpose) {
		CaseFiles.CaseRecord record = files.load(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ReportSummary summary = record.summary();
		String subject = "case " + reference;
		if (!user.hasRole(Role.ADVOCATE) || !user.organisation().code().equals(summary.referringOrganisation())) {
			audit.record(user.getUsername(), "case.read.refused", subject,
					"resource=ACCOUNT, reason=notRecordedByOrganisation, purpose=" + purpose);
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!consents(summary)) {
			audit.record(user.getUsername(), "case.read.refused", subject,
					"resource=ACCOUNT, reason=noConsentToAnonymisedUse, purpose=" + purpose);
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return files.read(user, record.parties(), CaseResource.ACCOUNT, purpose, () -> {
			List<String> names = new ArrayList<>();
			reports.victimIdentity(reference).ifPresent(victim -> {
				names.add(join(victim.givenNames(), victim.familyName()));
			});
			reports.accused(reference).ifPresent(accused -> {
				names.add(join(accused.givenNames(), accused.familyName()));
				if (accused.identifier() != null) {
					names.add(accused.identifier());
				}
			});
			List<String> places = new ArrayList<>();
			for (String code : new String[] { summary.incidentForce(), summary.victimForce(),
					summary.employingForce() }) {
				Optional.ofNullable(code).flatMap(forces::find).map(Force::name).ifPresent(places::add);
			}
			String narrative = reports.account(reference).map(Reports.VictimAccount::narrative).orElse("");
			return new ConsentedAccount(reference, narrative, names, places);
		});
	}

	private static boolean consents(ReportSummary summary) {
		return summary.consent() != null && Boolean.TRUE.equals(summary.consent().anonymisedUse());
	}

	private static String join(String given, String family) {
		return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
	}

}
