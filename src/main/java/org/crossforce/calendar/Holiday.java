package org.crossforce.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A weekday that is not a working day because it is a holiday in some part of the UK.
 *
 * @param date the weekday off; for a substitute day, the weekday it falls on, not the weekend date it replaces
 * @param name its name for people, such as "St Patrick's Day"
 * @param jurisdictions the parts of the UK where it is a holiday
 * @param regions those parts in words, such as "Northern Ireland" or "all of the UK"
 */
public record Holiday(LocalDate date, String name, Set<Jurisdiction> jurisdictions, String regions) {

	public Holiday {
		jurisdictions = Collections.unmodifiableSet(EnumSet.copyOf(jurisdictions));
	}

	public boolean inAllOfTheUk() {
		return jurisdictions.size() == Jurisdiction.values().length;
	}

}
