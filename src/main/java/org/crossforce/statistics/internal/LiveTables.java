package org.crossforce.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crossforce.statistics.CaseSelection;
import org.crossforce.statistics.Measure;
import org.crossforce.web.InvalidInput;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the statistics API and the statistics pages both ask of the live figures: which cases count, the protected
 * tables of a year, the year shown by default, and how a measure and a financial year are written in a request.
 */
@Component
class LiveTables {

	static final int EARLIEST_YEAR = 2000;

	static final int LATEST_YEAR = 2100;

	private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final StatisticsTables tables;

	private final Clock clock;

	private final CaseSelection selection;

	/**
	 * @param includeSynthetic whether the figures count the synthetic cases generated for demonstrations: by
	 * default only where demonstration data is on, never in production, and every answer says so whenever it does
	 */
	LiveTables(StatisticsTables tables, Clock clock,
			@Value("${crossforce.statistics.include-synthetic:${crossforce.demo.enabled:false}}")
			boolean includeSynthetic) {
		this.tables = tables;
		this.clock = clock;
		this.selection = includeSynthetic ? CaseSelection.INCLUDING_SYNTHETIC : CaseSelection.REAL_ONLY;
	}

	/** The protected tables of a financial year, or of every year for null. */
	ProtectedTables of(Integer financialYear) {
		return this.tables.tables(financialYear, this.selection);
	}

	/**
	 * The year shown when none is asked for: the latest financial year that has ended and has cases, as official
	 * statistics are published for whole years; else the latest year with cases (a service in its first year);
	 * else this one.
	 */
	Integer latestYear() {
		return defaultYear(yearsWithCases(), CaseFacts.financialYear(LocalDate.ofInstant(this.clock.instant(), UK)));
	}

	static int defaultYear(List<Integer> yearsWithCases, int currentYear) {
		return yearsWithCases.stream()
			.filter(year -> year < currentYear)
			.max(Integer::compare)
			.or(() -> yearsWithCases.stream().max(Integer::compare))
			.orElse(currentYear);
	}

	/** The financial years with at least one case, earliest first. */
	List<Integer> yearsWithCases() {
		return this.tables.financialYears(this.selection);
	}

	/** "CHARGED" or "charged" → CHARGED; REPORTS when none is given. */
	static Measure measure(String measure) {
		if (measure == null || measure.isBlank()) {
			return Measure.REPORTS;
		}
		try {
			return Measure.valueOf(measure.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidInput("measure", "statistics.api.measure.unknown", measure);
		}
	}

	/** "2024-25" → 2024, "all" → null. */
	static Integer financialYear(String period) {
		String given = period.trim();
		if (given.equalsIgnoreCase(Layout.ALL_YEARS)) {
			return null;
		}
		Matcher matcher = FINANCIAL_YEAR.matcher(given);
		if (!matcher.matches()) {
			throw new InvalidInput("period", "statistics.api.period.malformed", period);
		}
		int start = Integer.parseInt(matcher.group(1));
		if (Integer.parseInt(matcher.group(2)) != (start + 1) % 100) {
			throw new InvalidInput("period", "statistics.api.period.malformed", period);
		}
		if (start < EARLIEST_YEAR || start > LATEST_YEAR) {
			throw new InvalidInput("period", "statistics.api.period.outOfRange", period, EARLIEST_YEAR, LATEST_YEAR);
		}
		return start;
	}

	/** 2024 → "2024-25", null → "all". */
	static String periodName(Integer financialYear) {
		if (financialYear == null) {
			return Layout.ALL_YEARS;
		}
		return financialYear + "-" + String.format(Locale.ROOT, "%02d", (financialYear + 1) % 100);
	}

}
