package org.crossforce.statistics.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.calendar.WorkingDayRule;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.reports.AccusedRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes synthetic fact rows, marked synthetic, to see how the figures and their pages behave at national scale.
 * The same seed writes the same rows, and writing a seed again replaces its rows. Each row keeps the invariants a
 * real case has: investigated by a neighbour of the employing force, the first decision after the report, no more
 * duties met than due, dismissal and the Barred List only where misconduct was found, a court's outcome only after a
 * charge.
 */
@Component
public class SyntheticCases {

	public static final int MAX_CASES = 5_000_000;

	public static final int FIRST_YEAR = 2015;

	public static final int LAST_YEAR = 2024;

	private static final int BATCH = 5_000;

	private static final Logger log = LoggerFactory.getLogger(SyntheticCases.class);

	private static final String INSERT = """
			insert into statistics_case (reference, synthetic, financial_year, reported_on, employing_force,
			  investigating_force, accused_role, referred_to_iopc, crime_recorded, charged, convicted,
			  no_further_action, misconduct_proven, dismissed, barred_list, first_decision_on,
			  first_decision_working_days, duties_due, duties_met_on_time)
			values (?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	private final Forces forces;

	private final WorkingDayCalendar calendar;

	SyntheticCases(JdbcTemplate jdbc, Forces forces, WorkingDayCalendar calendar) {
		this.jdbc = jdbc;
		this.forces = forces;
		this.calendar = calendar;
	}

	/** The start of every reference this seed writes; no real reference starts with {@code SYN-}. */
	public static String referencePrefix(int seed) {
		return "SYN-" + Integer.toString(seed, 36) + "-";
	}

	/**
	 * Replaces the rows of this seed with {@code cases} new ones.
	 * @throws SyntheticCasesRefused when {@code cases} is not between 1 and {@value #MAX_CASES} or the seed is negative
	 */
	public void generate(int cases, int seed) {
		if (cases < 1 || cases > MAX_CASES) {
			throw new SyntheticCasesRefused("--cases must be a whole number from 1 to " + MAX_CASES + ", not " + cases);
		}
		if (seed < 0) {
			throw new SyntheticCasesRefused("--seed must be a whole number from 0 to " + Integer.MAX_VALUE);
		}
		String prefix = referencePrefix(seed);
		int removed = jdbc.update("delete from statistics_case where reference like ?", prefix + "%");
		if (removed > 0) {
			log.info("Removed {} synthetic cases written before with seed {}", removed, seed);
		}
		List<Force> employers = forces.all().stream().filter(force -> !force.neighbours().isEmpty()).toList();
		SplittableRandom random = new SplittableRandom(seed);
		List<Row> batch = new ArrayList<>(BATCH);
		int tenth = Math.max(1, cases / 10);
		for (int i = 1; i <= cases; i++) {
			batch.add(row(prefix + i, employers, random));
			if (batch.size() == BATCH || i == cases) {
				insert(batch);
				batch.clear();
			}
			if (i % tenth == 0 || i == cases) {
				log.info("Synthetic cases: {} of {} written ({}%)", i, cases, (int) (100L * i / cases));
			}
		}
	}

	private Row row(String reference, List<Force> employers, SplittableRandom random) {
		Force employing = employers.get(random.nextInt(employers.size()));
		String investigating = employing.neighbours().get(random.nextInt(employing.neighbours().size()));
		int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
		LocalDate start = LocalDate.of(year, 4, 1);
		LocalDate reportedOn = start.plusDays(random.nextInt((int) (start.plusYears(1).toEpochDay() - start.toEpochDay())));
		AccusedRole role = role(random.nextInt(100));
		boolean referred = random.nextInt(100) < 30;
		int recording = random.nextInt(100);
		Boolean crime = recording < 10 ? null : recording < 64;
		boolean charged = Boolean.TRUE.equals(crime) && random.nextInt(100) < 25;
		// A court's outcome only follows a charge: about 70% convicted, 20% not, the rest still awaiting trial.
		int court = charged ? random.nextInt(100) : -1;
		Boolean convicted = court < 0 || court >= 90 ? null : court < 70;
		boolean noFurtherAction = crime != null && !charged && random.nextInt(100) < 55;
		boolean proven = random.nextInt(100) < (role == AccusedRole.OFFICER ? 35 : 25);
		boolean dismissed = proven && random.nextInt(100) < 30;
		boolean barred = dismissed || (proven && random.nextInt(100) < 3);
		LocalDate decidedOn = null;
		Integer workingDays = null;
		int due = 0;
		int met = 0;
		if (random.nextInt(100) < 85) {
			// Most first decisions come within weeks, a few take many months: an exponential with a mean of 25 days.
			workingDays = 1 + Math.min(400, (int) (-Math.log(1 - random.nextDouble()) * 25));
			decidedOn = workingDayAfter(reportedOn, workingDays);
			due = 1 + random.nextInt(4);
			for (int duty = 0; duty < due; duty++) {
				met += random.nextInt(100) < 80 ? 1 : 0;
			}
		}
		return new Row(reference, year, reportedOn, employing.code(), investigating, role, referred, crime, charged,
				convicted, noFurtherAction, proven, dismissed, barred, decidedOn, workingDays, due, met);
	}

	private static AccusedRole role(int percent) {
		if (percent < 70) {
			return AccusedRole.OFFICER;
		}
		if (percent < 88) {
			return AccusedRole.STAFF;
		}
		if (percent < 94) {
			return AccusedRole.PCSO;
		}
		return percent < 98 ? AccusedRole.SPECIAL_CONSTABLE : AccusedRole.VOLUNTEER;
	}

	private LocalDate workingDayAfter(LocalDate from, int workingDays) {
		LocalDate day = from;
		for (int counted = 0; counted < workingDays;) {
			day = day.plusDays(1);
			if (calendar.isWorkingDay(day, WorkingDayRule.EW)) {
				counted++;
			}
		}
		return day;
	}

	private void insert(List<Row> rows) {
		jdbc.batchUpdate(INSERT, rows, rows.size(), SyntheticCases::bind);
	}

	private static void bind(PreparedStatement statement, Row row) throws SQLException {
		statement.setString(1, row.reference);
		statement.setInt(2, row.year);
		statement.setDate(3, Date.valueOf(row.reportedOn));
		statement.setString(4, row.employing);
		statement.setString(5, row.investigating);
		statement.setString(6, row.role.name());
		statement.setBoolean(7, row.referred);
		if (row.crime == null) {
			statement.setNull(8, Types.BOOLEAN);
		}
		else {
			statement.setBoolean(8, row.crime);
		}
		statement.setBoolean(9, row.charged);
		if (row.convicted == null) {
			statement.setNull(10, Types.BOOLEAN);
		}
		else {
			statement.setBoolean(10, row.convicted);
		}
		statement.setBoolean(11, row.noFurtherAction);
		statement.setBoolean(12, row.proven);
		statement.setBoolean(13, row.dismissed);
		statement.setBoolean(14, row.barred);
		if (row.decidedOn == null) {
			statement.setNull(15, Types.DATE);
			statement.setNull(16, Types.INTEGER);
		}
		else {
			statement.setDate(15, Date.valueOf(row.decidedOn));
			statement.setInt(16, row.workingDays);
		}
		statement.setInt(17, row.due);
		statement.setInt(18, row.met);
	}

	private record Row(String reference, int year, LocalDate reportedOn, String employing, String investigating,
			AccusedRole role, boolean referred, Boolean crime, boolean charged, Boolean convicted,
			boolean noFurtherAction, boolean proven, boolean dismissed, boolean barred, LocalDate decidedOn,
			Integer workingDays, int due, int met) {
	}

	/** The request cannot be carried out as given; the message says why, for the person who gave it. */
	public static class SyntheticCasesRefused extends RuntimeException {

		SyntheticCasesRefused(String message) {
			super(message);
		}

	}

}
