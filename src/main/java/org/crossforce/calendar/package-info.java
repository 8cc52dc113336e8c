/**
 * Working-day calendars (FOI: every UK bank holiday; E&W: England and Wales only) and deadline arithmetic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendars", allowedDependencies = "web")
package org.crossforce.calendar;
