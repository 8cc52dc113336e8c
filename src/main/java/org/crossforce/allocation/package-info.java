/**
 * Allocation: choosing the force that investigates a report so that the accused's own force, and any force close to
 * it, cannot steer the case (DESIGN.md, "The core rule: who investigates"); the IOPC's mandatory referral criteria;
 * whether a report is a complaint or a conduct matter. The classes here are the pure rules: they take everything
 * they need as arguments and fetch nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Allocation",
		allowedDependencies = { "reference", "reports", "audit", "identity", "web", "calendar", "notifications" })
package org.crossforce.allocation;
