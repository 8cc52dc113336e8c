package org.crossforce.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.allocation.IopcReferral;
import org.crossforce.audit.AccessAlerts;
import org.crossforce.audit.AuditLog;
import org.crossforce.cases.internal.DeclarationStore;
import org.crossforce.identity.SignedInUser;
import org.crossforce.reports.ReportSummary;
import org.crossforce.reports.Reports;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every read of a case goes through here: the parties are worked out, the access policy decides, and the read is
 * written to the audit log (who, which case, which part, why) before anything is returned. A refused read is
 * audited too; a conflicted user's attempt is also raised as an alert.
 */
@Service
public class CaseFiles {

	private final Reports reports;

	private final Allocations allocations;

	private final CaseAccessPolicy policy;

	private final AuditLog audit;

	private final AccessAlerts alerts;

	private final MessageSource messages;

	private final DeclarationStore declarations;

	CaseFiles(Reports reports, Allocations allocations, CaseAccessPolicy policy, AuditLog audit, AccessAlerts alerts,
			MessageSource messages, DeclarationStore declarations) {
		this.declarations = declarations;
		this.reports = reports;
		this.allocations = allocations;
		this.policy = policy;
		this.audit = audit;
		this.alerts = alerts;
		this.messages = messages;
	}

	/**
	 * What a case is made of, loaded once: the report's summary, its allocation and referral, and the parties they
	 * give (with who has declared a connection or none). Loading decides nothing; each part reaches a user only
	 * through {@link #read}.
	 */
	public record CaseRecord(ReportSummary summary, Optional<CaseAllocation> allocation,
			Optional<IopcReferral> referral, CaseParties parties) {
	}

	public Optional<CaseRecord> load(String reference) {
		return reports.summary(reference).map(summary -> {
			Optional<CaseAllocation> allocation = allocations.of(reference);
			Optional<IopcReferral> referral = allocations.referral(reference);
			List<ConflictDeclaration> declared = declarations.forCases(List.of(reference));
			return new CaseRecord(summary, allocation, referral,
					partiesOf(summary, allocation, referral.map(IopcReferral::required).orElse(false))
						.withDeclarations(usernames(declared, false), usernames(declared, true)));
		});
	}

	/** Who stands where in the case, or empty when there is no such case. */
	public Optional<CaseParties> parties(String reference) {
		return load(reference).map(CaseRecord::parties);
	}

	/** Whether the user may read that part of the case; decides only, reads and audits nothing. */
	public boolean may(SignedInUser user, CaseParties parties, CaseResource resource) {
		return policy.decide(user, parties, resource).allowed();
	}

	/**
	 * Reads one part of a case for a user, if the policy allows, auditing the read.
	 * @param purpose why it is read, recorded in the audit entry (e.g. "case page", "API")
	 * @throws CaseAccessRefused when the policy refuses (and the refusal is audited, and alerted if conflicted)
	 */
	public <T> T read(SignedInUser user, String reference, CaseResource resource, String purpose, Supplier<T> reader) {
		CaseParties parties = parties(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, text("cases.notFound")));
		return read(user, parties, resource, purpose, reader);
	}

	public <T> T read(SignedInUser user, CaseParties parties, CaseResource resource, String purpose,
			Supplier<T> reader) {
		AccessDecision decision = policy.decide(user, parties, resource);
		String subject = "case " + parties.reference();
		if (decision.outcome() == AccessDecision.Outcome.REFUSED_CONFLICTED) {
			alerts.raise(user.getUsername(), user.organisation().code(), subject, resource.name(), decision.reason());
			throw new CaseAccessRefused(decision, text(decision.reason()));
		}
		if (!decision.allowed()) {
			audit.record(user.getUsername(), "case.read.refused", subject,
					"resource=" + resource + ", relation=" + decision.relation() + ", reason=" + decision.reason());
			throw new CaseAccessRefused(decision, text(decision.reason()));
		}
		audit.record(user.getUsername(), "case.read", subject,
				"resource=" + resource + ", relation=" + decision.relation() + ", purpose=" + purpose);
		return reader.get();
	}

	static CaseParties partiesOf(ReportSummary summary, Optional<CaseAllocation> allocation, boolean referred) {
		Set<String> conflicted = new HashSet<>(allocation.map(CaseAllocation::conflictedForces).orElse(Set.of()));
		// Before allocation the rule's exclusions are not known yet; the accused's own and former forces are.
		conflicted.add(summary.employingForce());
		conflicted.addAll(summary.previousForces());
		if (summary.victimForce() != null) {
			conflicted.add(summary.victimForce());
		}
		return new CaseParties(summary.reference(),
				allocation.map(CaseAllocation::investigatingForce).orElse(null), summary.employingForce(), conflicted,
				summary.referringOrganisation(), referred, Boolean.TRUE.equals(summary.consent().shareWithInvestigatingForce()));
	}

	private static Set<String> usernames(List<ConflictDeclaration> declared, boolean connection) {
		Set<String> usernames = new HashSet<>();
		for (ConflictDeclaration declaration : declared) {
			if (declaration.connection() == connection) {
				usernames.add(declaration.username());
			}
		}
		return usernames;
	}

	private String text(String code) {
		return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}

}
