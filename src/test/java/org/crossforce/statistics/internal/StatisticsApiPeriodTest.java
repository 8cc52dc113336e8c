package org.crossforce.statistics.internal;

import org.crossforce.web.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the API reads and writes a period. */
class StatisticsApiPeriodTest {

	@Test
	void aFinancialYearIsTwoYearsInARow() {
		assertThat(LiveTables.financialYear("2024-25")).isEqualTo(2024);
		assertThat(LiveTables.financialYear("2099-00")).isEqualTo(2099);
		assertThat(LiveTables.financialYear("all")).isNull();
		assertThat(LiveTables.periodName(2024)).isEqualTo("2024-25");
		assertThat(LiveTables.periodName(2009)).isEqualTo("2009-10");
		assertThat(LiveTables.periodName(null)).isEqualTo("all");
	}

	@Test
	void anythingElseIsRefusedNamingThePeriod() {
		for (String period : new String[] { "2024-26", "2024", "24-25", "2024/25", "1999-00", "2101-02" }) {
			assertThatThrownBy(() -> LiveTables.financialYear(period)).isInstanceOf(InvalidInput.class)
				.extracting(thrown -> ((InvalidInput) thrown).field())
				.isEqualTo("period");
		}
	}

}
