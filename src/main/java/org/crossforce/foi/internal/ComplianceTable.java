package org.crossforce.foi.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossforce.foi.ClockReading;
import org.crossforce.foi.Exemption;
import org.crossforce.foi.FoiState;
import org.crossforce.foi.RequestStep;

/**
 * How each authority has answered the requests sent to it: the arithmetic behind the compliance table, from each
 * request's steps and its clock reading. "On time" is the FOI clock's answer: by the due date FOIA s.10 sets, as
 * extended.
 */
final class ComplianceTable {

	private ComplianceTable() {
	}

	/** One sent request: its authority, its steps in order and the clock read from them today. */
	record Entry(String authorityCode, String authorityName, List<RequestStep> steps, ClockReading reading) {
	}

	/**
	 * One authority's figures.
	 *
	 * @param onTimePercent answered on time as a whole percentage of those answered; null when none was answered
	 * @param medianWorkingDays median working days from receipt (or restart) to the first answer; null when none
	 * @param refusalsByExemption requests refused citing each exemption, each request counted once an exemption
	 */
	record Row(String authorityCode, String authorityName, int sent, int answered, int answeredOnTime,
			Integer onTimePercent, Double medianWorkingDays, int overdueNow, Map<Exemption, Integer> refusalsByExemption,
			int internalReviewsRequested) {
	}

	/** One row an authority, by authority name. */
	static List<Row> rows(List<Entry> entries) {
		Map<String, List<Entry>> byAuthority = new LinkedHashMap<>();
		entries.stream()
			.sorted(Comparator.comparing(Entry::authorityName).thenComparing(Entry::authorityCode))
			.forEach(entry -> byAuthority.computeIfAbsent(entry.authorityCode(), code -> new ArrayList<>())
				.add(entry));
		return byAuthority.values().stream().map(ComplianceTable::row).toList();
	}

	private static Row row(List<Entry> entries) {
		int answered = 0;
		int onTime = 0;
		int overdue = 0;
		int reviews = 0;
		List<Integer> taken = new ArrayList<>();
		Map<Exemption, Integer> refusals = new EnumMap<>(Exemption.class);
		for (Entry entry : entries) {
			ClockReading.Answer answer = entry.reading().answer();
			if (answer != null) {
				answered++;
				taken.add(answer.workingDaysTaken());
				if (answer.onTime()) {
					onTime++;
				}
			}
			if (entry.reading().overdue()) {
				overdue++;
			}
			Set<Exemption> cited = EnumSet.noneOf(Exemption.class);
			boolean reviewed = false;
			for (RequestStep step : entry.steps()) {
				if (step.state() == FoiState.REFUSED) {
					cited.addAll(step.exemptions());
				}
				reviewed |= step.state() == FoiState.INTERNAL_REVIEW_REQUESTED;
			}
			cited.forEach(exemption -> refusals.merge(exemption, 1, Integer::sum));
			if (reviewed) {
				reviews++;
			}
		}
		Entry first = entries.get(0);
		Integer percent = answered == 0 ? null : Math.round(100f * onTime / answered);
		return new Row(first.authorityCode(), first.authorityName(), entries.size(), answered, onTime, percent,
				median(taken), overdue, refusals, reviews);
	}

	/** The middle value, or the mean of the two middle values of an even count; null for none. */
	static Double median(List<Integer> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Integer> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}

}
