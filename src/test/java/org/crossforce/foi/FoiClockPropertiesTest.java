package org.crossforce.foi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.calendar.WorkingDayRule;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * What must hold for any receipt date the calendar covers, whatever the holidays around it.
 */
class FoiClockPropertiesTest {

	private final WorkingDayCalendar calendar = FoiClockTest.calendar();

	private final FoiClock clock = FoiClockTest.clock();

	/**
	 * Receipt dates from the calendar's first day to half a year before its last, so that the very overdue date and
	 * the longest extension tried here stay inside it.
	 */
	private final Gen<LocalDate> receipts = integers()
		.between(0, (int) ChronoUnit.DAYS.between(WorkingDayCalendar.FIRST_DAY, WorkingDayCalendar.LAST_DAY) - 183)
		.map(WorkingDayCalendar.FIRST_DAY::plusDays);

	@Test
	void theDueDateIsTheTwentiethFoiWorkingDayAfterReceipt() {
		qt().withExamples(500).forAll(receipts).checkAssert(receipt -> {
			List<RequestStep> steps = List.of(RequestStep.of(FoiState.AWAITING_RESPONSE, receipt));
			LocalDate due = clock.read(steps, receipt).dueDate();
			assertThat(calendar.isWorkingDay(due, WorkingDayRule.FOI)).as("due %s for %s", due, receipt).isTrue();
			assertThat(calendar.workingDaysBetween(receipt, due, WorkingDayRule.FOI)).as("receipt %s", receipt)
				.isEqualTo(FoiClock.RESPONSE_WORKING_DAYS);

			ClockReading onTheDay = clock.read(steps, due);
			assertThat(onTheDay.overdue()).as("receipt %s", receipt).isFalse();
			assertThat(onTheDay.workingDaysOverdue()).isZero();
			assertThat(clock.read(steps, due.plusDays(1)).overdue()).as("receipt %s", receipt).isTrue();
		});
	}

	@Test
	void anExtensionOfNWorkingDaysMovesTheDueDateByNWorkingDays() {
		qt().withExamples(300).forAll(receipts, integers().between(1, 60)).checkAssert((receipt, days) -> {
			RequestStep received = RequestStep.of(FoiState.AWAITING_RESPONSE, receipt);
			LocalDate base = clock.read(List.of(received), receipt).dueDate();
			LocalDate extended = clock
				.read(List.of(received,
						new RequestStep(FoiState.EXTENDED_PUBLIC_INTEREST, receipt.plusDays(1), days, Set.of())),
						receipt)
				.dueDate();
			assertThat(calendar.isWorkingDay(extended, WorkingDayRule.FOI)).as("receipt %s, %s days", receipt, days)
				.isTrue();
			assertThat(calendar.workingDaysBetween(base, extended, WorkingDayRule.FOI))
				.as("receipt %s, %s days", receipt, days)
				.isEqualTo(days);
		});
	}

}
