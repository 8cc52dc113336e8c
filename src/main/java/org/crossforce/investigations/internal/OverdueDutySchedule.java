package org.crossforce.investigations.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the overdue duty check every {@code crossforce.investigations.overdue-check.interval} (an hour unless set).
 * Tests switch it off and call {@link OverdueDutyNotices} themselves, so that nothing happens behind their backs.
 */
@Component
@ConditionalOnProperty(name = "crossforce.investigations.overdue-check.enabled", havingValue = "true",
		matchIfMissing = true)
class OverdueDutySchedule {

	private static final Logger log = LoggerFactory.getLogger(OverdueDutySchedule.class);

	private final OverdueDutyNotices notices;

	OverdueDutySchedule(OverdueDutyNotices notices) {
		this.notices = notices;
	}

	@Scheduled(fixedDelayString = "${crossforce.investigations.overdue-check.interval:1h}",
			initialDelayString = "${crossforce.investigations.overdue-check.interval:1h}")
	void check() {
		try {
			int notified = notices.notifyOverdueDuties();
			if (notified > 0) {
				log.info("{} overdue Victims' Code duties notified", notified);
			}
		}
		catch (RuntimeException failure) {
			log.warn("The overdue duty check failed; it runs again at the next interval", failure);
		}
	}

}
