package org.crossforce.reference;

import java.util.Arrays;

/** Whether a force polices an area of England and Wales or has a national jurisdiction. */
public enum ForceKind {

	/** One of the 43 forces of England and Wales, each with its own force area. */
	TERRITORIAL("territorial"),

	/** British Transport Police, Ministry of Defence Police and Civil Nuclear Constabulary: no force area. */
	SPECIAL_NATIONAL("special_national");

	private final String code;

	ForceKind(String code) {
		this.code = code;
	}

	/** The value used in the bundled {@code forces.csv} and in the API. */
	public String code() {
		return code;
	}

	public static ForceKind fromCode(String code) {
		return Arrays.stream(values())
			.filter(kind -> kind.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown kind of force: " + code));
	}

}
