package org.crossforce.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Bank and public holidays in each part of the UK, from Jollyday's "gb" calendar and its subdivisions, with the
 * {@link BankHolidayCorrections} applied. A holiday that falls at a weekend appears on its substitute weekday, as
 * Jollyday reports it.
 */
final class UkBankHolidays {

	/**
	 * The years covered. Jollyday's one-off and moved UK bank holidays have been checked against public sources back
	 * to 1990 ({@link BankHolidayCorrections}); beyond 2100 its rules are guesses about a distant future.
	 */
	static final int FIRST_YEAR = 1990;

	static final int LAST_YEAR = 2100;

	record UkHoliday(LocalDate date, String key, Set<Jurisdiction> jurisdictions) {

		UkHoliday {
			jurisdictions = Collections.unmodifiableSet(EnumSet.copyOf(jurisdictions));
		}

	}

	private final HolidayManager jollyday = HolidayManager
		.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

	private final Map<Integer, Map<LocalDate, List<UkHoliday>>> years = new ConcurrentHashMap<>();

	/** Holidays on this day in any part of the UK; empty for an ordinary day. */
	List<UkHoliday> on(LocalDate date) {
		return years.computeIfAbsent(date.getYear(), this::corrected).getOrDefault(date, List.of());
	}

	private Map<LocalDate, List<UkHoliday>> corrected(int year) {
		Map<LocalDate, List<UkHoliday>> byDate = new TreeMap<>();
		BankHolidayCorrections.apply(year, fromJollyday(year))
			.forEach(holiday -> byDate.computeIfAbsent(holiday.date(), date -> new ArrayList<>()).add(holiday));
		byDate.replaceAll((date, holidays) -> List.copyOf(holidays));
		return Collections.unmodifiableMap(byDate);
	}

	/** Jollyday's own answer for one year, before corrections: each holiday once, with every part of the UK it is in. */
	List<UkHoliday> fromJollyday(int year) {
		record DateAndKey(LocalDate date, String key) {
		}
		Map<DateAndKey, Set<Jurisdiction>> found = new LinkedHashMap<>();
		for (Jurisdiction jurisdiction : Jurisdiction.values()) {
			jollyday
				.getHolidays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), subdivision(jurisdiction))
				.stream()
				.filter(holiday -> holiday.getType() != HolidayType.OBSERVANCE)
				.forEach(holiday -> found
					.computeIfAbsent(new DateAndKey(holiday.getDate(), holiday.getPropertiesKey()),
							key -> EnumSet.noneOf(Jurisdiction.class))
					.add(jurisdiction));
		}
		return found.entrySet()
			.stream()
			.map(entry -> new UkHoliday(entry.getKey().date(), entry.getKey().key(), entry.getValue()))
			.sorted(Comparator.comparing(UkHoliday::date).thenComparing(UkHoliday::key))
			.toList();
	}

	/**
	 * Jollyday's ISO 3166-2 subdivision codes. It lists England ("eng") and Wales ("wls") separately with the same
	 * holidays; England stands for both, and a test checks they still agree.
	 */
	private static String subdivision(Jurisdiction jurisdiction) {
		return switch (jurisdiction) {
			case ENGLAND_AND_WALES -> "eng";
			case SCOTLAND -> "sct";
			case NORTHERN_IRELAND -> "nir";
		};
	}

}
