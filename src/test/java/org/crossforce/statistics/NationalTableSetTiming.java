package org.crossforce.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Times disclosure control on a table set the size of the national publication: 46 forces in 10 regions and
 * England and Wales, 10 financial years and all years, each split three ways into four categories, with the force,
 * region and England and Wales tables sharing their totals. Run by hand; a timing belongs in no test.
 */
final class NationalTableSetTiming {

	private static final int FORCES = 46;

	private static final int REGIONS = 10;

	private static final int YEARS = 10;

	private static final int BREAKDOWNS = 3;

	private static final int CATEGORIES = 4;

	private NationalTableSetTiming() {
	}

	public static void main(String[] arguments) {
		Publication publication = publication(new Random(2024));
		System.out.printf("%d cells, %d lines%n", publication.keys().size(), publication.lines().size());
		for (int run = 1; run <= 5; run++) {
			long started = System.nanoTime();
			ProtectedPublication shown = DisclosureControl.protect(publication);
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("run %d: %d ms, %d primary, %d secondary, pattern %08x%n", run, millis,
					shown.keysWith(Disposition.PRIMARY).size(), shown.keysWith(Disposition.SECONDARY).size(),
					shown.keysWith(Disposition.SECONDARY).stream().sorted().toList().hashCode());
		}
	}

	/** Region of each force: the first forces go one to a region, the rest in turn, so regions differ in size. */
	private static int regionOf(int force) {
		return (force < REGIONS) ? force : force % REGIONS;
	}

	static Publication publication(Random random) {
		// counts[place][year][breakdown][category]; places are forces, then regions, then England and Wales.
		int places = FORCES + REGIONS + 1;
		long[][][] byCategory = new long[places][YEARS][CATEGORIES];
		Publication.Builder builder = Publication.builder();
		for (int force = 0; force < FORCES; force++) {
			int typical = 2 + random.nextInt(15);
			for (int year = 0; year < YEARS; year++) {
				for (int category = 0; category < CATEGORIES; category++) {
					byCategory[force][year][category] = random.nextInt(typical);
				}
			}
		}
		for (int force = 0; force < FORCES; force++) {
			for (int year = 0; year < YEARS; year++) {
				for (int category = 0; category < CATEGORIES; category++) {
					byCategory[FORCES + regionOf(force)][year][category] += byCategory[force][year][category];
					byCategory[places - 1][year][category] += byCategory[force][year][category];
				}
			}
		}
		for (int place = 0; place < places; place++) {
			long all = 0;
			long[] allYearsByCategory = new long[CATEGORIES];
			for (int year = 0; year < YEARS; year++) {
				long total = 0;
				for (int category = 0; category < CATEGORIES; category++) {
					total += byCategory[place][year][category];
					allYearsByCategory[category] += byCategory[place][year][category];
				}
				builder.count(key(place, year, -1, -1), total);
				all += total;
				for (int breakdown = 0; breakdown < BREAKDOWNS; breakdown++) {
					long[] split = split(byCategory[place][year], breakdown);
					List<String> members = new ArrayList<>();
					for (int category = 0; category < CATEGORIES; category++) {
						builder.count(key(place, year, breakdown, category), split[category]);
						members.add(key(place, year, breakdown, category));
					}
					builder.line(key(place, year, -1, -1), members);
				}
			}
			builder.count(key(place, YEARS, -1, -1), all);
			builder.line(key(place, YEARS, -1, -1), years(place, -1, -1));
			for (int breakdown = 0; breakdown < BREAKDOWNS; breakdown++) {
				long[] split = split(allYearsByCategory, breakdown);
				List<String> members = new ArrayList<>();
				for (int category = 0; category < CATEGORIES; category++) {
					builder.count(key(place, YEARS, breakdown, category), split[category])
						.line(key(place, YEARS, breakdown, category), years(place, breakdown, category));
					members.add(key(place, YEARS, breakdown, category));
				}
				builder.line(key(place, YEARS, -1, -1), members);
			}
		}
		for (int year = 0; year <= YEARS; year++) {
			for (int breakdown = -1; breakdown < BREAKDOWNS; breakdown++) {
				for (int category = (breakdown < 0) ? -1 : 0; category < ((breakdown < 0) ? 0 : CATEGORIES); category++) {
					List<List<String>> regions = new ArrayList<>();
					List<String> all = new ArrayList<>();
					for (int region = 0; region < REGIONS; region++) {
						regions.add(new ArrayList<>());
						all.add(key(FORCES + region, year, breakdown, category));
					}
					for (int force = 0; force < FORCES; force++) {
						regions.get(regionOf(force)).add(key(force, year, breakdown, category));
					}
					for (int region = 0; region < REGIONS; region++) {
						builder.line(key(FORCES + region, year, breakdown, category), regions.get(region));
					}
					builder.line(key(places - 1, year, breakdown, category), all);
				}
			}
		}
		return builder.build();
	}

	/** The same four counts, shuffled differently for each breakdown, as one total is split by outcome or by role. */
	private static long[] split(long[] categories, int breakdown) {
		long[] split = new long[CATEGORIES];
		for (int category = 0; category < CATEGORIES; category++) {
			split[category] = categories[(category + breakdown) % CATEGORIES];
		}
		return split;
	}

	private static List<String> years(int place, int breakdown, int category) {
		List<String> years = new ArrayList<>();
		for (int year = 0; year < YEARS; year++) {
			years.add(key(place, year, breakdown, category));
		}
		return years;
	}

	private static String key(int place, int year, int breakdown, int category) {
		String part = (breakdown < 0) ? "all" : ("b" + breakdown + "/k" + category);
		return String.format("p%02d/y%02d/%s", place, year, part);
	}

}
