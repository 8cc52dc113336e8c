package org.crossforce.audit;

import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An alert survives the failure of the request that raised it, and cannot deadlock on the audit chain. */
@IntegrationTest
class AccessAlertsTest {

	@Autowired
	AccessAlerts alerts;

	@Autowired
	AuditLog log;

	@Autowired
	AuditChain chain;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void anAlertRaisedInsideAFailingTransactionThatAlreadyAuditedIsStillRecorded() {
		TransactionTemplate request = new TransactionTemplate(transactions);
		assertThatThrownBy(() -> request.executeWithoutResult(status -> {
			log.record("someone@kent.demo", "case.read", "case CF-ALRT-0001", "resource=SUMMARY");
			alerts.raise("someone@kent.demo", "kent", "case CF-ALRT-0001", "ACCOUNT", "cases.refused.conflictedForce");
			throw new IllegalStateException("the request fails after the refusal");
		})).hasMessageContaining("request fails");
		assertThat(alerts.recent(10)).anySatisfy(alert -> {
			assertThat(alert.subject()).isEqualTo("case CF-ALRT-0001");
			assertThat(alert.actor()).isEqualTo("someone@kent.demo");
			assertThat(alert.resource()).isEqualTo("ACCOUNT");
		});
		assertThat(chain.verify().valid()).isTrue();
	}

}
