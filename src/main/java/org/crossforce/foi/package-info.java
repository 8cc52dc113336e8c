/**
 * Freedom of Information campaigns: one request written once and sent to every chosen authority, each request's
 * correspondence and steps against the FOI clock, and the dataset extracted from the replies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "FOI campaigns", allowedDependencies = { "web", "calendar", "identity", "audit", "notifications", "reference" })
package org.crossforce.foi;
