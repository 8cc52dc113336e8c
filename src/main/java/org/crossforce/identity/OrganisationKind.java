package org.crossforce.identity;

/** The kinds of organisation whose people use Crossforce (DESIGN.md, "Who uses it"). */
public enum OrganisationKind {

	FORCE, IOPC, HMICFRS, COLLEGE_OF_POLICING, SUPPORT_SERVICE, DESIGNATED_BODY, SYSTEM

}
