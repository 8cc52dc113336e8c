package org.crossforce.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A force's workforce on one date, as the Home Office published it (Police workforce, England and Wales, 30
 * September 2018 tables, March 2018 column). Full-time equivalents, except special constables, who are counted by
 * headcount. A figure the tables leave blank is null, never zero.
 */
public record Workforce(LocalDate asAt, BigDecimal officersFte, BigDecimal policeStaffFte,
		BigDecimal designatedOfficersFte, BigDecimal staffPlusDesignatedFte, BigDecimal pcsoFte,
		Integer specialConstablesHeadcount) {

	/**
	 * Officers, police staff including designated officers, and PCSOs: the Home Office's total workforce (FTE),
	 * which leaves out special constables because they are volunteers. Null when any of the three is missing.
	 */
	public BigDecimal totalFte() {
		if (officersFte == null || staffPlusDesignatedFte == null || pcsoFte == null) {
			return null;
		}
		return officersFte.add(staffPlusDesignatedFte).add(pcsoFte);
	}

}
