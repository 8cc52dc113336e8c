/**
 * Investigations: the lifecycle of a case's criminal and misconduct tracks, its decisions and outcomes, and the
 * Victims' Code clock.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Investigations", allowedDependencies = { "web", "cases", "calendar", "identity", "audit", "allocation", "notifications", "reference" })
package org.crossforce.investigations;
