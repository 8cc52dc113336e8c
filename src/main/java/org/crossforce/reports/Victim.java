package org.crossforce.reports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;


/**
 * The victim. An anonymous report has no victim, or (when the victim serves with the police, so that their force
 * must not investigate) a victim with no name and no contact details.
 *
 * @param givenNames their given names, or null when anonymous
 * @param familyName their family name, or null when anonymous
 * @param servesWithForce the force they serve with, if they serve with the police
 * @param contact how to contact them safely
 */
public record Victim(@Size(max = 200) String givenNames, @Size(max = 200) String familyName,
		@Size(max = 64) String servesWithForce, @Valid Contact contact) {

	public Victim {
		contact = contact == null ? Contact.NONE : contact;
	}

	/** An anonymous victim who serves with the police: only their force is known. */
	public static Victim anonymousServingWith(String force) {
		return new Victim(null, null, force, Contact.NONE);
	}

	public boolean named() {
		return givenNames != null && !givenNames.isBlank() && familyName != null && !familyName.isBlank();
	}

	/** The force the victim serves with, or null. */
	public String force() {
		return servesWithForce == null || servesWithForce.isBlank() ? null : servesWithForce.trim();
	}

}
