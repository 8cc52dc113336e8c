/**
 * Follow your case: the victim's own view, opened with the case reference and passphrase from their receipt and no
 * account. The stage the case is at and the decisions made, in plain English; when the next update is due; secure
 * messages with their advocate and the investigating force (and the staff side of those messages); adding
 * information or files; changing how to be contacted; withdrawing consent. Wrong passphrases lock a reference for a
 * while, and every sign-in, failure and lock is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow your case",
		allowedDependencies = { "web", "reports", "investigations", "cases", "allocation", "identity", "audit",
				"calendar", "reference", "notifications", "crypto" })
package org.crossforce.tracking;
