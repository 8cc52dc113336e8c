package org.crossforce.foi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dataset a campaign asks for: up to four dimensions, each with the values it may take. The count is what each
 * combination of values holds, so the combinations are the cells every authority is asked to fill.
 */
record Dataset(List<Dimension> dimensions) {

	static final int MAX_DIMENSIONS = 4;

	/** More cells than this do not fit on one form; such a dataset is imported from a file. */
	static final int MAX_FORM_CELLS = 500;

	/** A dimension at its position (1..4), its name and allowed values in the order they were given. */
	record Dimension(int position, String name, List<String> allowed) {

		/** The allowed value as it was declared, for a value given in any case and with spaces around it. */
		Optional<String> canonical(String value) {
			String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
			return allowed.stream().filter(candidate -> candidate.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
		}

	}

	/** One cell's answer at its coordinates (one value a position 1..4, '' where unused). */
	record Entry(List<String> coordinates, DatasetCell cell) {

		Entry {
			coordinates = Dataset.coordinates(coordinates);
		}

	}

	Dataset {
		dimensions = List.copyOf(dimensions);
	}

	/** The dataset the service suggests for reports of domestic abuse by police employees. */
	static Dataset suggested() {
		return new Dataset(List.of(new Dimension(1, "Financial year", List.of("2015-16", "2016-17", "2017-18")),
				new Dimension(2, "Role of the accused",
						List.of("Police officer", "Special constable", "PCSO", "Police staff", "Volunteer")),
				new Dimension(3, "Crime recorded", List.of("Crime recorded", "Incident only")),
				new Dimension(4, "Outcome", List.of("Charged", "Convicted", "No further action", "Misconduct proven",
						"Dismissed", "Other"))));
	}

	public boolean declared() {
		return !dimensions.isEmpty();
	}

	/** How many cells the dataset has: the product of the numbers of allowed values. */
	public long cellCount() {
		if (dimensions.isEmpty()) {
			return 0;
		}
		long product = 1;
		for (Dimension dimension : dimensions) {
			product *= dimension.allowed().size();
		}
		return product;
	}

	/** Every combination of allowed values, the first dimension varying slowest (as a table reads). */
	List<List<String>> combinations() {
		List<List<String>> combinations = new ArrayList<>();
		if (dimensions.isEmpty()) {
			return combinations;
		}
		combinations.add(List.of());
		for (Dimension dimension : dimensions) {
			List<List<String>> extended = new ArrayList<>();
			for (List<String> prefix : combinations) {
				for (String value : dimension.allowed()) {
					List<String> next = new ArrayList<>(prefix);
					next.add(value);
					extended.add(List.copyOf(next));
				}
			}
			combinations = extended;
		}
		return combinations;
	}

	/** A combination as stored: one value per position 1..4, '' where the dataset has no such dimension. */
	static List<String> coordinates(List<String> combination) {
		List<String> coordinates = new ArrayList<>(combination);
		while (coordinates.size() < MAX_DIMENSIONS) {
			coordinates.add("");
		}
		return List.copyOf(coordinates);
	}

}
