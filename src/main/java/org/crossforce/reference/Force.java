package org.crossforce.reference;

import java.util.List;

/**
 * A police force that can employ someone accused in a report.
 *
 * @param code the police.uk force id ({@code ministry-of-defence} and {@code civil-nuclear} are local ids, as
 * police.uk has none for them)
 * @param onsCode the ONS police force area code, null for the three national forces
 * @param region the ONS region, or the national jurisdiction
 * @param country England or Wales, null for the national forces
 * @param neighbours codes of the forces whose areas share a land boundary with this one, sorted
 * @param workforce the workforce at 31 March 2018, or null where the Home Office published none
 */
public record Force(String code, String name, String onsCode, String region, ForceKind kind, String country,
		List<String> neighbours, Workforce workforce) {

	public Force {
		neighbours = List.copyOf(neighbours);
	}

	public boolean isTerritorial() {
		return kind == ForceKind.TERRITORIAL;
	}

}
