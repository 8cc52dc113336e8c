package org.crossforce.statistics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.calendar.WorkingDayRule;
import org.crossforce.investigations.Step;
import org.crossforce.reports.ReportSubmitted;
import org.crossforce.reports.Reports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the fact row of each case as the events about it arrive. Every write can be repeated without changing the
 * result, because the outbox redelivers an event whose listener did not finish: a case is inserted once, outcome
 * flags are only ever set, the first decision only ever moves earlier, and duties are counted by their id.
 */
@Repository
class CaseFacts {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final WorkingDayCalendar calendar;

	private final Reports reports;

	CaseFacts(JdbcClient jdbc, WorkingDayCalendar calendar, Reports reports) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.reports = reports;
	}

	/** The year of the April that starts the financial year the day falls in: 2024 for April 2024 to March 2025. */
	static int financialYear(LocalDate day) {
		return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
	}

	void reported(ReportSubmitted report) {
		LocalDate reportedOn = LocalDate.ofInstant(report.submittedAt(), UK);
		// Insert, or complete the row an allocation handled first started; on conflict, the other listener's
		// insert is waited for, and the update then sees its row.
		if (completeReport(report, reportedOn) == 0 && jdbc.sql("""
				insert into statistics_case (reference, synthetic, financial_year, reported_on, employing_force,
				  accused_role)
				values (:r, false, :year, :on, :employing, :role)
				on conflict do nothing
				""")
			.param("r", report.reference())
			.param("year", financialYear(reportedOn))
			.param("on", Date.valueOf(reportedOn))
			.param("employing", report.employingForce())
			.param("role", report.accusedRole().name())
			.update() == 0) {
			completeReport(report, reportedOn);
		}
	}

	private int completeReport(ReportSubmitted report, LocalDate reportedOn) {
		return jdbc.sql("""
				update statistics_case set financial_year = :year, reported_on = :on, accused_role = :role
				where reference = :r and financial_year is null
				""")
			.param("year", financialYear(reportedOn))
			.param("on", Date.valueOf(reportedOn))
			.param("role", report.accusedRole().name())
			.param("r", report.reference())
			.update();
	}

	/**
	 * Sets who investigates. The allocation can be handled before the report's own event (both follow the report),
	 * so then it starts the row, which the report completes.
	 */
	void allocated(String reference, String employingForce, String investigatingForce, boolean referredToIopc) {
		if (allocate(reference, investigatingForce, referredToIopc) == 0 && jdbc.sql("""
				insert into statistics_case (reference, synthetic, employing_force, investigating_force,
				  referred_to_iopc)
				values (:r, false, :employing, :investigating, :iopc)
				on conflict do nothing
				""")
			.param("r", reference)
			.param("employing", employingForce)
			.param("investigating", investigatingForce)
			.param("iopc", referredToIopc)
			.update() == 0) {
			allocate(reference, investigatingForce, referredToIopc);
		}
	}

	private int allocate(String reference, String investigatingForce, boolean referredToIopc) {
		return jdbc.sql("""
				update statistics_case set investigating_force = :investigating, referred_to_iopc = :iopc
				where reference = :r
				""")
			.param("investigating", investigatingForce)
			.param("iopc", referredToIopc)
			.param("r", reference)
			.update();
	}

	void stepRecorded(String reference, Step step, LocalDate occurredOn) {
		LocalDate reportedOn = reportedOn(reference).or(() -> learnFromReport(reference))
			.orElseThrow(() -> new CaseNotYetKnown(reference));
		String columns = outcomeColumns(step);
		if (columns != null) {
			jdbc.sql("update statistics_case set " + columns + " where reference = :r")
				.param("r", reference)
				.update();
		}
		if (step == Step.CRIME_RECORDED || step == Step.INCIDENT_ONLY_RECORDED) {
			jdbc.sql("update statistics_case set crime_recorded = :crime where reference = :r")
				.param("crime", step == Step.CRIME_RECORDED)
				.param("r", reference)
				.update();
		}
		if (step.keyDecision()) {
			// A decision dated before the report (written up afterwards) counts as taken on the day of the report.
			int workingDays = Math.max(0, calendar.workingDaysBetween(reportedOn, occurredOn, WorkingDayRule.EW));
			jdbc.sql("""
					update statistics_case set first_decision_on = :on, first_decision_working_days = :days
					where reference = :r and (first_decision_on is null or first_decision_on > :on)
					""")
				.param("on", Date.valueOf(occurredOn))
				.param("days", workingDays)
				.param("r", reference)
				.update();
		}
	}

	/**
	 * The outcome flags a step sets, if any; see V16__statistics.sql for what each flag means. Dismissal and the
	 * Barred List follow only from misconduct found, so they set that flag too. {@code convicted}, which V16 left
	 * null, is the court's outcome: true on a conviction; false on an acquittal only while nothing is recorded, so a
	 * conviction, once counted, is never unset by a late or redelivered event.
	 */
	static String outcomeColumns(Step step) {
		return switch (step) {
			case CHARGED -> "charged = true";
			case CONVICTED -> "convicted = true";
			case ACQUITTED -> "convicted = coalesce(convicted, false)";
			case NO_FURTHER_ACTION -> "no_further_action = true";
			case CASE_TO_ANSWER, OUTCOME_PRACTICE_REQUIRING_IMPROVEMENT, OUTCOME_WRITTEN_WARNING,
					OUTCOME_FINAL_WRITTEN_WARNING, OUTCOME_REDUCTION_IN_RANK -> "misconduct_proven = true";
			case OUTCOME_DISMISSAL_WITHOUT_NOTICE -> "misconduct_proven = true, dismissed = true";
			case REFERRED_TO_BARRED_LIST -> "misconduct_proven = true, barred_list = true";
			default -> null;
		};
	}

	void dutyStarted(String reference, long dutyId, LocalDate dueOn) {
		jdbc.sql("""
				insert into statistics_duty (duty_id, reference, due_on) values (:id, :r, :due)
				on conflict do nothing
				""")
			.param("id", dutyId)
			.param("r", reference)
			.param("due", Date.valueOf(dueOn))
			.update();
		recountDuties(reference);
	}

	void dutyClosed(String reference, long dutyId, LocalDate dueOn, LocalDate doneOn) {
		dutyStarted(reference, dutyId, dueOn);
		jdbc.sql("update statistics_duty set done_on = :done where duty_id = :id")
			.param("done", Date.valueOf(doneOn))
			.param("id", dutyId)
			.update();
		recountDuties(reference);
	}

	private void recountDuties(String reference) {
		if (reportedOn(reference).isEmpty()) {
			learnFromReport(reference);
		}
		requireUpdated(reference, jdbc.sql("""
				update statistics_case set
				  duties_due = (select count(*) from statistics_duty d where d.reference = :r),
				  duties_met_on_time = (select count(*) from statistics_duty d
				    where d.reference = :r and d.done_on is not null and d.done_on <= d.due_on)
				where reference = :r
				""")
			.param("r", reference)
			.update());
	}

	/**
	 * A case reported before statistics were kept, or whose report event is still on its way: its row is made from
	 * the report's summary (forces, role and date only), exactly as the report event would make it.
	 */
	private Optional<LocalDate> learnFromReport(String reference) {
		reports.summary(reference)
			.ifPresent(summary -> reported(new ReportSubmitted(summary.reference(), summary.employingForce(),
					summary.previousForces(), summary.incidentForce(), summary.victimForce(), summary.accusedRole(),
					summary.accusedRank(), summary.abuseKinds(), summary.referralIndicators(), summary.submittedAt())));
		return reportedOn(reference);
	}

	private Optional<LocalDate> reportedOn(String reference) {
		return jdbc.sql("select reported_on from statistics_case where reference = :r and reported_on is not null")
			.param("r", reference)
			.query((rs, row) -> rs.getObject(1, LocalDate.class))
			.optional();
	}

	private static void requireUpdated(String reference, int rows) {
		if (rows == 0) {
			throw new CaseNotYetKnown(reference);
		}
	}

	/**
	 * A step or duty arrived for a case the reports module does not know: the listener fails, so the outbox keeps the
	 * event and retries it.
	 */
	static class CaseNotYetKnown extends RuntimeException {

		CaseNotYetKnown(String reference) {
			super("No statistics row yet for case " + reference + "; the event will be retried");
		}

	}

}
