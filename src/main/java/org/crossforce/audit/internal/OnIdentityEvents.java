package org.crossforce.audit.internal;

import org.crossforce.audit.AuditLog;
import org.crossforce.identity.AccountChanged;
import org.crossforce.identity.SignInAttempted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes sign-in attempts and account changes to the audit log. Synchronous on purpose: an account change and its
 * audit entry share one transaction.
 */
@Component
class OnIdentityEvents {

	private final AuditLog log;

	OnIdentityEvents(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(SignInAttempted attempt) {
		String action = "sign-in." + attempt.outcome().name().toLowerCase(java.util.Locale.ROOT);
		log.record(attempt.username(), action, "user " + attempt.username(), "channel=" + attempt.channel());
	}

	@EventListener
	void on(AccountChanged change) {
		log.record(change.actor(), change.action(), change.subject(), change.detail());
	}

}
