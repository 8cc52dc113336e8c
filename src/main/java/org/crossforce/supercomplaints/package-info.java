/**
 * Super-complaints (Police Reform Act 2002 Part 2A; SI 2018/748): a designated body drafts one from the service's
 * statistics, FOI datasets and consented, anonymised case studies; submits it to HM Chief Inspector of Constabulary;
 * HMICFRS, the College of Policing and the IOPC decide whether it is eligible; the published report's recommendations
 * and every addressee's response are tracked in public.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Super-complaints", allowedDependencies = { "web", "calendar", "identity", "audit", "reference", "statistics", "foi", "reports", "cases" })
package org.crossforce.supercomplaints;
