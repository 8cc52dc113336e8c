package org.crossforce.allocation;

/**
 * A force an administrator has marked as conflicted for one case, for a reason the rule cannot see (the victim's
 * sister is in that force's professional standards department, say).
 *
 * @param force the force's code
 * @param note why, in the administrator's words; shown to staff with the decision, so it is required
 */
public record AdministratorConflict(String force, String note) {

	public AdministratorConflict {
		if (force == null || force.isBlank()) {
			throw new IllegalArgumentException("A marked conflict needs the force's code");
		}
		if (note == null || note.isBlank()) {
			throw new IllegalArgumentException("A marked conflict needs a note saying why: " + force);
		}
	}

}
