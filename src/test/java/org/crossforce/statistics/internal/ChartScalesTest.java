package org.crossforce.statistics.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartScalesTest {

	@Test
	void axesEndAtARoundNumberAboveTheLargestValue() {
		assertThat(NiceScale.upTo(new BigDecimal("1234"))).isEqualTo(new NiceScale(new BigDecimal("1.5E+3"),
				new BigDecimal("5E+2")));
		assertThat(NiceScale.upTo(new BigDecimal("21")).ticks()).extracting(BigDecimal::intValue)
			.containsExactly(0, 5, 10, 15, 20, 25);
		assertThat(NiceScale.upTo(new BigDecimal("0.37")).step()).isEqualByComparingTo("0.1");
		assertThat(NiceScale.upTo(BigDecimal.ZERO).max()).isEqualByComparingTo("1");
	}

	@Test
	void quintilesPutAboutAFifthOfTheAreasInEachClassAndTiesTogether() {
		List<BigDecimal> values = IntStream.rangeClosed(1, 43).mapToObj(BigDecimal::valueOf).toList();
		QuantileClasses classes = QuantileClasses.of(values, 5);

		assertThat(IntStream.range(0, 5).map(k -> (int) values.stream().filter(v -> classes.classOf(v) == k).count()))
			.containsExactly(9, 9, 8, 9, 8);
		assertThat(classes.range(0)).containsExactly(BigDecimal.valueOf(1), BigDecimal.valueOf(9));

		QuantileClasses tied = QuantileClasses.of(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
				BigDecimal.ONE, BigDecimal.TEN), 5);
		assertThat(tied.classOf(BigDecimal.ONE)).isZero();
		assertThat(tied.range(1)).isEmpty();
	}

}
