package org.crossforce.investigations;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.audit.AuditEntry;
import org.crossforce.audit.AuditLog;
import org.crossforce.investigations.internal.InvestigationStore;
import org.crossforce.investigations.internal.OverdueDutyNotices;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overdue duty check: each duty past its deadline is notified once, to the case's investigator and supervisor,
 * or to the investigating force's professional standards department when nobody is assigned. The test runs the
 * check itself; the schedule is off in tests.
 */
@IntegrationTest
class OverdueDutyNoticesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	OverdueDutyNotices notices;

	@Autowired
	InvestigationStore store;

	@Autowired
	ApplicationContext context;

	@Test
	void theScheduleIsOffInTests() {
		assertThat(context.getBeanNamesForType(OverdueDutyNotices.class)).hasSize(1);
		assertThat(context.containsBean("overdueDutySchedule")).isFalse();
	}

	@Test
	void anOverdueDutyIsNotifiedOnceToTheInvestigatorAndSupervisorOrElseToProfessionalStandards() throws Exception {
		CaseAllocation assigned = InvestigationCases.allocated(mvc, allocations);
		String force = assigned.investigatingForce();
		String psd = InvestigationCases.psd(force);
		String investigator = InvestigationCases.newForceUser(mvc, users, jdbc, force, "INVESTIGATOR");
		mvc.perform(put("/api/cases/{r}/assignment", assigned.reference())
			.header("Authorization", DemoTokens.bearer(mvc, psd))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"investigator\":\"" + investigator + "\",\"supervisor\":\"" + psd + "\"}"))
			.andExpect(status().isOk());
		long late = dutyOf(InvestigationCases.record(mvc, psd, assigned.reference(), "SUSPECT_ARRESTED", "2025-04-17", null)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), 0);
		// Arrested today: told by the next working day, so not overdue yet.
		String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
		long onTime = dutyOf(InvestigationCases.record(mvc, psd, assigned.reference(), "BAILED", today, null)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), 1);

		CaseAllocation unassigned = InvestigationCases.allocated(mvc, allocations);
		String otherPsd = InvestigationCases.psd(unassigned.investigatingForce());
		long unassignedLate = dutyOf(InvestigationCases
			.record(mvc, otherPsd, unassigned.reference(), "SUSPECT_ARRESTED", "2025-12-24", null)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), 0);

		assertThat(notices.notifyOverdueDuties()).isGreaterThanOrEqualTo(2);
		assertThat(notified(assigned.reference())).singleElement()
			.satisfies(entry -> assertThat(entry.detail()).isEqualTo("duty=" + late
					+ ", kind=TELL_VICTIM, dueOn=2025-04-22, notified=" + investigator + " " + psd));
		assertThat(notified(unassigned.reference())).singleElement()
			.satisfies(entry -> assertThat(entry.detail()).endsWith("notified=PROFESSIONAL_STANDARDS@" + unassigned.investigatingForce()));
		assertThat(store.overdueNotifiedAt(late)).isPresent();
		assertThat(store.overdueNotifiedAt(unassignedLate)).isPresent();
		assertThat(store.overdueNotifiedAt(onTime)).isEmpty();

		// Once: a second run finds nothing new about these cases.
		notices.notifyOverdueDuties();
		assertThat(notified(assigned.reference())).hasSize(1);
		assertThat(notified(unassigned.reference())).hasSize(1);
	}

	@Test
	void aDutyDoneBeforeTheCheckIsNotNotified() throws Exception {
		CaseAllocation allocation = InvestigationCases.allocated(mvc, allocations);
		String psd = InvestigationCases.psd(allocation.investigatingForce());
		long duty = dutyOf(InvestigationCases.record(mvc, psd, allocation.reference(), "SUSPECT_ARRESTED", "2025-04-17", null)
			.andReturn()
			.getResponse()
			.getContentAsString(), 0);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/cases/{r}/duties/{d}/victim-told", allocation.reference(), duty)
			.header("Authorization", DemoTokens.bearer(mvc, psd))).andExpect(status().isOk());
		notices.notifyOverdueDuties();
		assertThat(notified(allocation.reference())).isEmpty();
		assertThat(store.overdueNotifiedAt(duty)).isEmpty();
	}

	private List<AuditEntry> notified(String reference) {
		return audit.entriesAbout("case " + reference, 100)
			.stream()
			.filter(entry -> entry.action().equals("case.duty.overdueNotified"))
			.toList();
	}

	private static long dutyOf(String timeline, int index) {
		return JsonPath.<Number>read(timeline, "$.duties[" + index + "].id").longValue();
	}

}
