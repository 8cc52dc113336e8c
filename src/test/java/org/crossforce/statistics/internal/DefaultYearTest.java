package org.crossforce.statistics.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages, downloads and the API show a whole year by default, as official statistics do. */
class DefaultYearTest {

	private static final int CURRENT = 2026;

	@Test
	void theLatestEndedYearWithCasesIsShownRatherThanTheYearUnderWay() {
		assertThat(LiveTables.defaultYear(List.of(2019, 2023, 2026), CURRENT)).isEqualTo(2023);
	}

	@Test
	void beforeAnyYearHasEndedTheYearUnderWayIsShown() {
		assertThat(LiveTables.defaultYear(List.of(2026), CURRENT)).isEqualTo(2026);
	}

	@Test
	void withNoCasesAtAllThisYearIsShown() {
		assertThat(LiveTables.defaultYear(List.of(), CURRENT)).isEqualTo(CURRENT);
	}

}
