package org.crossforce.allocation;

import java.time.Duration;
import java.util.List;

import org.crossforce.reports.ReferralIndicators;
import org.crossforce.reports.ReportIntake;
import org.crossforce.reports.ReportReceipt;
import org.crossforce.reports.Submitter;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The allocation listener fails the first time (its table is out of reach, as in a database outage); the report,
 * already acknowledged, stays stored and its event stays in the outbox until a retry allocates it.
 */
@IntegrationTest
class AllocationRetryTest {

	@Autowired
	ReportIntake intake;

	@Autowired
	Allocations allocations;

	@Autowired
	IncompleteEventPublications outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailedAllocationIsRetriedFromTheOutbox() {
		ReportReceipt receipt;
		jdbc.sql("alter table collaboration_member rename to collaboration_member_unreachable").update();
		try {
			receipt = intake.submit(AllocationFlowTest.report("durham", List.of(), "durham", ReferralIndicators.NONE),
					Submitter.VICTIM);
			await().atMost(Duration.ofSeconds(20)).until(() -> failedAttempts(receipt.reference()) > 0);
			assertThat(allocations.of(receipt.reference())).as("not allocated while the listener fails").isEmpty();
			assertThat(jdbc.sql("select count(*) from report where reference = :r")
				.param("r", receipt.reference())
				.query(Long.class)
				.single()).as("the report itself is kept").isOne();
		}
		finally {
			jdbc.sql("alter table collaboration_member_unreachable rename to collaboration_member").update();
		}
		outbox.resubmitIncompletePublications(publication -> publication.getEvent().toString()
			.contains(receipt.reference()));
		CaseAllocation allocation = await().atMost(Duration.ofSeconds(20))
			.until(() -> allocations.of(receipt.reference()), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(allocation.investigatingForce()).isNotEqualTo("durham");
	}

	private long failedAttempts(String reference) {
		return jdbc.sql("""
				select count(*) from event_publication
				where serialized_event like :r and completion_date is null and completion_attempts > 0
				""").param("r", "%" + reference + "%").query(Long.class).single();
	}

}
