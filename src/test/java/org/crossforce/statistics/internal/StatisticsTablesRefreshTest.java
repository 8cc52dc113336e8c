package org.crossforce.statistics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.crossforce.reference.Forces;
import org.crossforce.statistics.CaseSelection;
import org.crossforce.statistics.LiveStatistics;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * While one request reads the counts again, the others are answered from the kept tables instead of queuing behind
 * it: under load, a refresh must not stall every request for the length of the grouping query.
 */
@IntegrationTest
class StatisticsTablesRefreshTest {

	private static final int YEAR = 1999;

	@Autowired
	LiveStatistics live;

	@Autowired
	Forces forces;

	@Test
	void otherRequestsGetTheKeptTablesWhileOneReadsTheCountsAgain() throws Exception {
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicBoolean slow = new AtomicBoolean(false);
		LiveStatistics slowLive = mock(LiveStatistics.class);
		when(slowLive.countsByForce(any(), any())).thenAnswer(call -> {
			if (slow.get()) {
				reading.countDown();
				release.await(10, TimeUnit.SECONDS);
			}
			return live.countsByForce(call.getArgument(0), call.getArgument(1));
		});
		when(slowLive.figures(any(), any())).thenAnswer(
				call -> live.figures(call.<Integer>getArgument(0), call.<CaseSelection>getArgument(1)));
		AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-05T10:00:00Z"));
		Clock clock = new Clock() {
			@Override
			public Instant instant() {
				return now.get();
			}

			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}
		};
		StatisticsTables tables = new StatisticsTables(slowLive, forces, clock, Duration.ofSeconds(60));
		ProtectedTables first = tables.tables(YEAR, CaseSelection.REAL_ONLY);

		now.set(now.get().plusSeconds(61));
		slow.set(true);
		CompletableFuture<ProtectedTables> refreshing = CompletableFuture
			.supplyAsync(() -> tables.tables(YEAR, CaseSelection.REAL_ONLY));
		assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

		ProtectedTables meanwhile = assertTimeoutPreemptively(Duration.ofSeconds(2),
				() -> tables.tables(YEAR, CaseSelection.REAL_ONLY));
		assertThat(meanwhile).isSameAs(first);

		release.countDown();
		ProtectedTables refreshed = refreshing.get(10, TimeUnit.SECONDS);
		assertThat(refreshed.producedAt()).isEqualTo(now.get());
		assertThat(tables.tables(YEAR, CaseSelection.REAL_ONLY)).isSameAs(refreshed);
	}

}
