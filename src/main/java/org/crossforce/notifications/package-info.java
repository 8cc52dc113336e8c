/**
 * Notifications: an outbox of messages to victims and staff, sent with retries through a channel (a log by default,
 * email over SMTP when configured). Messages never carry case details, only a prompt to sign in; a victim is
 * contacted only on the channel and at the times they chose, or not at all when they chose the service only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "web", "identity", "reports", "crypto", "audit" })
package org.crossforce.notifications;
