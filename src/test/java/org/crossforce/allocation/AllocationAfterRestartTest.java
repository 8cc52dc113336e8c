package org.crossforce.allocation;

import java.time.Duration;
import java.util.List;

import org.crossforce.CrossforceApplication;
import org.crossforce.reports.ReferralIndicators;
import org.crossforce.reports.ReportIntake;
import org.crossforce.reports.Submitter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service stops while an allocation is failing; when it starts again, the outstanding event is published
 * again and the report is allocated. Two real application starts on one database.
 */
class AllocationAfterRestartTest {

	private static final String[] ARGS = { "--spring.datasource.url=jdbc:h2:mem:restart;MODE=PostgreSQL;"
			+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
			"--crossforce.demo.enabled=false", "--crossforce.crypto.key-directory=target/test-keys",
			"--logging.level.root=ERROR" };

	@Test
	void anAllocationThatFailedBeforeAShutdownHappensAfterTheRestart() {
		String reference;
		try (ConfigurableApplicationContext first = start()) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			jdbc.sql("alter table collaboration_member rename to collaboration_member_unreachable").update();
			reference = first.getBean(ReportIntake.class)
				.submit(AllocationFlowTest.report("cumbria", List.of("lancashire"), "cumbria",
						ReferralIndicators.NONE), Submitter.VICTIM)
				.reference();
			String submitted = reference;
			await().atMost(Duration.ofSeconds(20))
				.until(() -> jdbc.sql("select count(*) from event_publication where serialized_event like :r "
						+ "and completion_date is null and completion_attempts > 0")
					.param("r", "%" + submitted + "%")
					.query(Long.class)
					.single() > 0);
			assertThat(first.getBean(Allocations.class).of(reference)).isEmpty();
			// The outage ends while the service is down.
			jdbc.sql("alter table collaboration_member_unreachable rename to collaboration_member").update();
		}
		try (ConfigurableApplicationContext second = start()) {
			Allocations allocations = second.getBean(Allocations.class);
			String submitted = reference;
			CaseAllocation allocation = await().atMost(Duration.ofSeconds(20))
				.until(() -> allocations.of(submitted), java.util.Optional::isPresent)
				.orElseThrow();
			assertThat(allocation.investigatingForce()).isNotIn("cumbria", "lancashire");
		}
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(CrossforceApplication.class).web(WebApplicationType.NONE).run(ARGS);
	}

}
