package org.crossforce.supercomplaints.internal;

import java.util.List;
import java.util.Objects;

/**
 * Names and places the service already holds for the case a study is drawn from, such as the victim's and the
 * accused's names and the town where it happened. These are removed wherever they appear, whatever the author did
 * or did not notice.
 *
 * @param names people's names, in full; each part of a name is removed on its own as well
 * @param places towns, areas, streets or anything else that places the case
 */
public record KnownIdentifiers(List<String> names, List<String> places) {

	public KnownIdentifiers {
		names = clean(names);
		places = clean(places);
	}

	public static KnownIdentifiers none() {
		return new KnownIdentifiers(List.of(), List.of());
	}

	private static List<String> clean(List<String> values) {
		return Objects.requireNonNullElse(values, List.<String>of())
			.stream()
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter(value -> !value.isEmpty())
			.distinct()
			.toList();
	}

}
