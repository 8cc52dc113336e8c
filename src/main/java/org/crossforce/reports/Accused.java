package org.crossforce.reports;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


/**
 * The person the report is about.
 *
 * @param givenNames their given names
 * @param familyName their family name
 * @param force the force that employs them (police.uk id)
 * @param role what they do for the police
 * @param rank an officer's rank, if known
 * @param identifier warrant or staff number, if known
 * @param previousForces forces they served in before, if known
 */
public record Accused(@NotBlank @Size(max = 200) String givenNames, @NotBlank @Size(max = 200) String familyName,
		@NotBlank @Size(max = 64) String force, @NotNull AccusedRole role, @Size(max = 100) String rank,
		@Size(max = 50) String identifier, @Size(max = 10) List<@NotBlank @Size(max = 64) String> previousForces) {

	public Accused {
		previousForces = previousForces == null ? List.of() : List.copyOf(previousForces);
	}

}
