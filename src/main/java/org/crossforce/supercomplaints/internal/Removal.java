package org.crossforce.supercomplaints.internal;

import java.util.Objects;

/**
 * How many identifiers of one kind were taken out of a case study. The removed text itself is never kept: the result
 * of anonymising may be stored and shown, and a record of what was removed would undo the removal.
 *
 * @param kind what was removed
 * @param count how many, at least 1
 */
public record Removal(Kind kind, int count) {

	public Removal {
		Objects.requireNonNull(kind, "kind");
		if (count < 1) {
			throw new IllegalArgumentException("A removal counts at least one identifier, not " + count);
		}
	}

	/** The kinds of identifier taken out, each with the placeholder a reader sees in its place. */
	public enum Kind {

		NAME("[name]"), REFERENCE("[reference]"), NUMBER("[number]"), POSTCODE("[postcode]"),
		PHONE("[phone number]"), EMAIL("[email]"), ONLINE("[online account]"), DATE("[date]"), TIME("[time]"),
		ADDRESS("[address]"), PLACE("[place]");

		private final String placeholder;

		Kind(String placeholder) {
			this.placeholder = placeholder;
		}

		/** The bracketed text left in place of a removed identifier, so a reader can see something was there. */
		public String placeholder() {
			return placeholder;
		}

	}

}
