package org.crossforce.reports.internal;

import java.text.Normalizer;
import java.util.Locale;

import org.crossforce.crypto.BlindIndex;
import org.crossforce.reports.Accused;

import org.springframework.stereotype.Component;

/**
 * Blind indexes of the accused, so reports about the same person can be linked across forces without storing
 * who they are in clear. Values are normalised first, so "Smith-Jones, Ann" and "ann smith jones" match.
 */
@Component
class AccusedIndexes {

	static final String NAME = "accused-name";

	static final String IDENTIFIER = "accused-identifier";

	private final BlindIndex index;

	AccusedIndexes(BlindIndex index) {
		this.index = index;
	}

	String name(Accused accused) {
		return index.of(NAME, normaliseName(accused.givenNames() + " " + accused.familyName()));
	}

	/** A warrant or staff number is unique only within its force, so the force is part of what is indexed. */
	String identifier(Accused accused) {
		if (accused.identifier() == null || accused.identifier().isBlank()) {
			return null;
		}
		return index.of(IDENTIFIER, accused.force() + "|" + accused.identifier().toUpperCase(Locale.ROOT)
			.replaceAll("[^A-Z0-9]", ""));
	}

	static String normaliseName(String name) {
		String unaccented = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return unaccented.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
	}

}
