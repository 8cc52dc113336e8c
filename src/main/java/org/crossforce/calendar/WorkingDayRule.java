package org.crossforce.calendar;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which days count as working days for a deadline. Under both rules Saturdays and Sundays never count.
 */
public enum WorkingDayRule {

	/**
	 * Freedom of Information Act 2000 s.10(6): not Christmas Day, not Good Friday, and not a bank holiday under the
	 * Banking and Financial Dealings Act 1971 in any part of the United Kingdom, so Scotland's and Northern Ireland's
	 * own bank holidays stop the clock everywhere.
	 */
	FOI(EnumSet.allOf(Jurisdiction.class)),

	/**
	 * England and Wales bank holidays only (Christmas Day and Good Friday among them): the duties here are owed in
	 * England and Wales, such as acknowledging a super-complaint or the Victims' Code time limits.
	 */
	EW(EnumSet.of(Jurisdiction.ENGLAND_AND_WALES));

	private final Set<Jurisdiction> jurisdictions;

	WorkingDayRule(Set<Jurisdiction> jurisdictions) {
		this.jurisdictions = Collections.unmodifiableSet(jurisdictions);
	}

	/** The parts of the UK whose holidays are not working days under this rule. */
	public Set<Jurisdiction> jurisdictions() {
		return jurisdictions;
	}

	/** The {@code messages.properties} key of a one-line description for people. */
	public String descriptionCode() {
		return "calendar.rule." + name();
	}

}
