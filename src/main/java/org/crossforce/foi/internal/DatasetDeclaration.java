package org.crossforce.foi.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crossforce.foi.internal.Dataset.Dimension;
import org.crossforce.web.InvalidInput;

/**
 * The dimensions as someone types them: a name and the allowed values one per line, for each of four slots. Empty
 * slots are left out; blank lines are ignored. Every problem is reported, each naming its field ({@code name1},
 * {@code allowed1}...).
 */
final class DatasetDeclaration {

	static final int MAX_NAME = 100;

	static final int MAX_VALUES = 200;

	static final int MAX_VALUE = 100;

	private final List<InvalidInput> problems = new ArrayList<>();

	private final List<Dimension> dimensions = new ArrayList<>();

	private DatasetDeclaration() {
	}

	/** Reads the slots; {@code names} and {@code allowed} hold one entry a slot (null or blank when unused). */
	static DatasetDeclaration read(List<String> names, List<String> allowed) {
		DatasetDeclaration declaration = new DatasetDeclaration();
		Set<String> namesSeen = new HashSet<>();
		for (int slot = 1; slot <= Dataset.MAX_DIMENSIONS; slot++) {
			String name = strip(slot <= names.size() ? names.get(slot - 1) : null);
			List<String> values = lines(slot <= allowed.size() ? allowed.get(slot - 1) : null);
			if (name.isEmpty() && values.isEmpty()) {
				continue;
			}
			declaration.slot(slot, name, values, namesSeen);
		}
		if (declaration.problems.isEmpty() && declaration.dimensions.isEmpty()) {
			declaration.problems.add(new InvalidInput("name1", "foi.dataset.error.noDimensions"));
		}
		return declaration;
	}

	private void slot(int slot, String name, List<String> values, Set<String> namesSeen) {
		String nameField = "name" + slot;
		String allowedField = "allowed" + slot;
		int before = problems.size();
		if (name.isEmpty()) {
			problems.add(new InvalidInput(nameField, "foi.dataset.error.nameMissing", slot));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(new InvalidInput(nameField, "foi.dataset.error.nameTooLong", slot, MAX_NAME));
		}
		else if (!namesSeen.add(name.toLowerCase(Locale.ROOT))) {
			problems.add(new InvalidInput(nameField, "foi.dataset.error.nameTwice", name));
		}
		String label = name.isEmpty() ? String.valueOf(slot) : name;
		if (values.isEmpty()) {
			problems.add(new InvalidInput(allowedField, "foi.dataset.error.valuesMissing", label));
		}
		else if (values.size() > MAX_VALUES) {
			problems.add(new InvalidInput(allowedField, "foi.dataset.error.tooManyValues", label, MAX_VALUES));
		}
		else {
			Set<String> seen = new HashSet<>();
			for (String value : values) {
				if (value.length() > MAX_VALUE) {
					problems.add(new InvalidInput(allowedField, "foi.dataset.error.valueTooLong", label, MAX_VALUE));
					break;
				}
				if (!seen.add(value.toLowerCase(Locale.ROOT))) {
					problems.add(new InvalidInput(allowedField, "foi.dataset.error.valueTwice", label, value));
					break;
				}
			}
		}
		if (problems.size() == before) {
			dimensions.add(new Dimension(dimensions.size() + 1, name, values));
		}
	}

	boolean valid() {
		return problems.isEmpty();
	}

	List<InvalidInput> problems() {
		return List.copyOf(problems);
	}

	Dataset dataset() {
		if (!valid()) {
			throw new IllegalStateException("The declaration has problems");
		}
		return new Dataset(dimensions);
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
