package org.crossforce.foi.internal;

import org.crossforce.foi.internal.DatasetCell.Status;
import org.crossforce.foi.internal.DatasetCell.Unreadable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetCellTest {

	@Test
	void negativesDecimalsAndTextAreRefusedWithTheirReason() {
		assertThatThrownBy(() -> DatasetCell.parse("-3")).isInstanceOf(Unreadable.class)
			.extracting(failure -> ((Unreadable) failure).reason())
			.isEqualTo("foi.dataset.cell.negative");
		assertThatThrownBy(() -> DatasetCell.parse("2.5")).extracting(failure -> ((Unreadable) failure).reason())
			.isEqualTo("foi.dataset.cell.notWhole");
		assertThatThrownBy(() -> DatasetCell.parse("3.0")).extracting(failure -> ((Unreadable) failure).reason())
			.isEqualTo("foi.dataset.cell.notWhole");
		assertThatThrownBy(() -> DatasetCell.parse("about 5")).extracting(failure -> ((Unreadable) failure).reason())
			.isEqualTo("foi.dataset.cell.notAValue");
		assertThatThrownBy(() -> DatasetCell.parse("99999999999")).extracting(failure -> ((Unreadable) failure).reason())
			.isEqualTo("foi.dataset.cell.tooLarge");
		assertThatThrownBy(() -> DatasetCell.parse("12,34")).isInstanceOf(Unreadable.class);
	}

	@Test
	void blankIsNoAnswer() {
		assertThat(DatasetCell.parse("")).isEmpty();
		assertThat(DatasetCell.parse("   ")).isEmpty();
		assertThat(DatasetCell.parse(null)).isEmpty();
	}

	@Test
	void wholeNumbersAreCountsWithThousandsSeparatorsAllowed() {
		assertThat(DatasetCell.parse(" 12 ")).contains(DatasetCell.count(12));
		assertThat(DatasetCell.parse("1,234")).contains(DatasetCell.count(1234));
		assertThat(DatasetCell.parse("1,234,567")).contains(DatasetCell.count(1234567));
	}

	@Test
	void zeroIsACountDistinctFromNilNotHeldAndRefused() {
		DatasetCell zero = DatasetCell.parse("0").orElseThrow();
		assertThat(zero.status()).isEqualTo(Status.COUNT);
		assertThat(zero.count()).isZero();
		assertThat(DatasetCell.parse("nil")).contains(DatasetCell.of(Status.NIL));
		assertThat(DatasetCell.of(Status.NIL)).isNotEqualTo(zero);
		assertThat(DatasetCell.of(Status.NIL).count()).isNull();
	}

	@Test
	void theWordsForAnswersThatAreNotCountsInAnyCase() {
		assertThat(DatasetCell.parse("Nil")).contains(DatasetCell.of(Status.NIL));
		assertThat(DatasetCell.parse("NONE")).contains(DatasetCell.of(Status.NIL));
		assertThat(DatasetCell.parse(" not held ")).contains(DatasetCell.of(Status.NOT_HELD));
		assertThat(DatasetCell.parse("N/H")).contains(DatasetCell.of(Status.NOT_HELD));
		assertThat(DatasetCell.parse("Information not held")).contains(DatasetCell.of(Status.NOT_HELD));
		assertThat(DatasetCell.parse("Refused")).contains(DatasetCell.of(Status.REFUSED));
		assertThat(DatasetCell.parse("exempt")).contains(DatasetCell.of(Status.REFUSED));
		assertThat(DatasetCell.parse("WITHHELD")).contains(DatasetCell.of(Status.REFUSED));
	}

}
