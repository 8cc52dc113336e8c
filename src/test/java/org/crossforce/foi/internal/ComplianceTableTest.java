package org.crossforce.foi.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossforce.foi.ClockReading;
import org.crossforce.foi.Exemption;
import org.crossforce.foi.FoiState;
import org.crossforce.foi.RequestStep;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The compliance arithmetic on hand-made steps and readings. */
class ComplianceTableTest {

	static final LocalDate SENT = LocalDate.of(2025, 3, 3);

	@Test
	void countsPerAuthorityByNameWithMediansOnTimeAndRefusalsPerExemption() {
		List<ComplianceTable.Entry> entries = List.of(
				answered("kent", "Kent Police", 18, true, FoiState.SUCCESSFUL, Set.of()),
				answered("essex", "Essex Police", 10, true, FoiState.REFUSED, Set.of(Exemption.S12, Exemption.S40)),
				answered("essex", "Essex Police", 25, false, FoiState.REFUSED, Set.of(Exemption.S12)),
				answered("essex", "Essex Police", 14, true, FoiState.SUCCESSFUL, Set.of()),
				overdue("essex", "Essex Police"));

		List<ComplianceTable.Row> rows = ComplianceTable.rows(entries);

		assertThat(rows).extracting(ComplianceTable.Row::authorityName).containsExactly("Essex Police", "Kent Police");
		ComplianceTable.Row essex = rows.get(0);
		assertThat(essex.sent()).isEqualTo(4);
		assertThat(essex.answered()).isEqualTo(3);
		assertThat(essex.answeredOnTime()).isEqualTo(2);
		assertThat(essex.onTimePercent()).isEqualTo(67);
		assertThat(essex.medianWorkingDays()).isEqualTo(14.0);
		assertThat(essex.overdueNow()).isEqualTo(1);
		assertThat(essex.refusalsByExemption()).isEqualTo(Map.of(Exemption.S12, 2, Exemption.S40, 1));
		assertThat(essex.internalReviewsRequested()).isEqualTo(1);
		ComplianceTable.Row kent = rows.get(1);
		assertThat(kent.onTimePercent()).isEqualTo(100);
		assertThat(kent.medianWorkingDays()).isEqualTo(18.0);
		assertThat(kent.refusalsByExemption()).isEmpty();
	}

	@Test
	void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
		assertThat(ComplianceTable.median(List.of(20, 10, 13, 30))).isEqualTo(16.5);
		assertThat(ComplianceTable.median(List.of(7, 3, 5))).isEqualTo(5.0);
		assertThat(ComplianceTable.median(List.of())).isNull();
	}

	@Test
	void anAuthorityThatAnsweredNothingHasNoPercentageOrMedian() {
		ComplianceTable.Row row = ComplianceTable.rows(List.of(overdue("kent", "Kent Police"))).get(0);
		assertThat(row.answered()).isZero();
		assertThat(row.onTimePercent()).isNull();
		assertThat(row.medianWorkingDays()).isNull();
		assertThat(row.overdueNow()).isEqualTo(1);
	}

	private static ComplianceTable.Entry answered(String code, String name, int days, boolean onTime, FoiState state,
			Set<Exemption> exemptions) {
		LocalDate on = SENT.plusDays(days);
		List<RequestStep> steps = List.of(RequestStep.of(FoiState.AWAITING_RESPONSE, SENT),
				new RequestStep(state, on, null, exemptions));
		ClockReading reading = new ClockReading(state, null, null, false, false, 0, "Answered", null, null,
				new ClockReading.Answer(state, on, SENT.plusDays(28), days, onTime), List.of());
		return new ComplianceTable.Entry(code, name, steps, reading);
	}

	private static ComplianceTable.Entry overdue(String code, String name) {
		List<RequestStep> steps = List.of(RequestStep.of(FoiState.AWAITING_RESPONSE, SENT),
				RequestStep.of(FoiState.INTERNAL_REVIEW_REQUESTED, SENT.plusDays(40)));
		ClockReading reading = new ClockReading(FoiState.INTERNAL_REVIEW_REQUESTED, SENT.plusDays(70), null, true,
				false, 3, "Due", null, null, null, List.of());
		return new ComplianceTable.Entry(code, name, steps, reading);
	}

}
