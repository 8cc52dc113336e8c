/**
 * National statistics: measures by force, region and England and Wales per financial year, from published FOI
 * figures and from the service's own cases, with small numbers suppressed, charts, a map and open-data downloads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics", allowedDependencies = { "web", "reference", "calendar", "identity", "reports", "allocation", "investigations", "foi" })
package org.crossforce.statistics;
