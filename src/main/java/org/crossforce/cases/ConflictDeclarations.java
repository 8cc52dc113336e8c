package org.crossforce.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.crossforce.audit.AccessAlerts;
import org.crossforce.audit.AuditLog;
import org.crossforce.cases.internal.DeclarationStore;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Conflict-of-interest declarations (the 2022 inspection found them frequently missing): before anyone in the
 * investigating force sees the victim's details they declare, for that case, that they have no connection with the
 * accused or the victim, or declare one, which removes them from the case. Each declaration is final and audited;
 * the access policy reads them through {@link CaseParties}.
 */
@Service
public class ConflictDeclarations {

	/** The longest description of a connection, in characters. */
	public static final int NOTE_MAX = 1000;

	private final CaseFiles files;

	private final CaseAccessPolicy policy;

	private final DeclarationStore store;

	private final AuditLog audit;

	private final AccessAlerts alerts;

	private final MessageSource messages;

	private final Clock clock;

	private final TransactionTemplate inTransaction;

	ConflictDeclarations(CaseFiles files, CaseAccessPolicy policy, DeclarationStore store, AuditLog audit,
			AccessAlerts alerts, MessageSource messages, Clock clock, PlatformTransactionManager transactions) {
		this.inTransaction = new TransactionTemplate(transactions);
		this.files = files;
		this.policy = policy;
		this.store = store;
		this.audit = audit;
		this.alerts = alerts;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Records the user's declaration for the case.
	 * @param note what the connection is: required with a connection, ignored without one
	 * @throws CaseAccessRefused unless the user is a caseworker of the investigating force (audited; alerted when
	 *         their force is conflicted)
	 * @throws InvalidInput naming {@code note} when a connection has no description or too long a one
	 * @throws AlreadyDeclared when they have declared for this case before
	 */
	public ConflictDeclaration declare(SignedInUser user, String reference, boolean connection, String note) {
		CaseParties parties = files.parties(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, text("cases.notFound")));
		String subject = "case " + reference;
		AccessDecision decision = policy.mayDeclare(user, parties);
		if (decision.outcome() == AccessDecision.Outcome.REFUSED_CONFLICTED) {
			alerts.raise(user.getUsername(), user.organisation().code(), subject, "DECLARATION", decision.reason());
			throw new CaseAccessRefused(decision, text(decision.reason()));
		}
		if (!decision.allowed()) {
			audit.record(user.getUsername(), "case.declaration.refused", subject,
					"relation=" + decision.relation() + ", reason=" + decision.reason());
			throw new CaseAccessRefused(decision, text(decision.reason()));
		}
		String described = connection ? checkedNote(note) : null;
		ConflictDeclaration declaration = new ConflictDeclaration(reference, user.getUsername(),
				user.organisation().code(), connection, described, clock.instant().truncatedTo(ChronoUnit.MILLIS));
		// Only the declaration and its audit entry share a transaction: a refusal above is audited even so.
		return inTransaction.execute(status -> {
			if (store.find(reference, user.getUsername()).isPresent()) {
				throw new AlreadyDeclared(text("cases.declaration.already"));
			}
			try {
				store.insert(declaration);
			}
			catch (DuplicateKeyException twice) {
				throw new AlreadyDeclared(text("cases.declaration.already"));
			}
			// The note stays out of the audit log: it may say who the victim is.
			audit.record(user.getUsername(), connection ? "case.declaration.connection" : "case.declaration.none",
					subject, "organisation=" + user.organisation().code()
							+ (connection ? ", removed from the case" : ""));
			return declaration;
		});
	}

	/** The user's own declaration for the case, with their note. */
	@Transactional(readOnly = true)
	public Optional<ConflictDeclaration> declarationOf(SignedInUser user, String reference) {
		return store.find(reference, user.getUsername());
	}

	/** Whether the user should declare before seeing the victim's details: a caseworker there who has not yet. */
	public boolean mustDeclare(SignedInUser user, CaseParties parties) {
		String username = user.getUsername();
		return policy.mayDeclare(user, parties).allowed() && !parties.declaredNoConnection().contains(username)
				&& !parties.declaredConnection().contains(username);
	}

	/** Every declaration for these cases, oldest first, without the notes. */
	@Transactional(readOnly = true)
	public List<ConflictDeclaration> forCases(Collection<String> references) {
		return references.isEmpty() ? List.of() : store.forCases(references);
	}

	private static String checkedNote(String note) {
		if (note == null || note.isBlank()) {
			throw new InvalidInput("note", "cases.declaration.note.required");
		}
		String trimmed = note.strip();
		if (trimmed.length() > NOTE_MAX) {
			throw new InvalidInput("note", "cases.declaration.note.tooLong", NOTE_MAX);
		}
		return trimmed;
	}

	private String text(String code) {
		return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}

}
