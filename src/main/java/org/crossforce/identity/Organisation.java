package org.crossforce.identity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An organisation whose people use Crossforce. A force's organisation carries its force code; a designated body
 * carries the date it was designated.
 */
public record Organisation(long id, String code, String name, OrganisationKind kind, String forceCode,
		LocalDate designatedOn) implements Serializable {

	public boolean isForce() {
		return kind == OrganisationKind.FORCE;
	}

}
