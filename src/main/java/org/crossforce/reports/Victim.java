package org.crossforce.reports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


/**
 * The victim, when they give their name; an anonymous report has none.
 *
 * @param givenNames their given names
 * @param familyName their family name
 * @param servesWithForce the force they serve with, if they serve with the police
 * @param contact how to contact them safely
 */
public record Victim(@NotBlank @Size(max = 200) String givenNames, @NotBlank @Size(max = 200) String familyName,
		@Size(max = 64) String servesWithForce, @Valid Contact contact) {

	public Victim {
		contact = contact == null ? Contact.NONE : contact;
	}

}
