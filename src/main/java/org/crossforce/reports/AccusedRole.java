package org.crossforce.reports;

/** What the accused does for the police (DESIGN.md, "Who can be accused"). */
public enum AccusedRole {

	OFFICER, SPECIAL_CONSTABLE, PCSO, STAFF, VOLUNTEER

}
