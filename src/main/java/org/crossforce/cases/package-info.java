/**
 * The case as staff and oversight see it: the one access policy that decides every read, the case API and pages,
 * and conduct notices for employing forces. Every read of protected fields is audited; a conflicted user's attempt
 * is refused and raised as an alert.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
		allowedDependencies = { "web", "identity", "audit", "reference", "reports", "allocation", "crypto" })
package org.crossforce.cases;
