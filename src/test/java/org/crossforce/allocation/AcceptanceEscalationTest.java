package org.crossforce.allocation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.crossforce.identity.Role;
import org.crossforce.identity.StaffDirectory;
import org.crossforce.reports.ReportApiTestData;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An allocation not accepted within 2 working days is escalated to every IOPC user and administrator, once. */
@IntegrationTest
class AcceptanceEscalationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	StaffDirectory staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aLateAcceptanceNotifiesTheIopcAndAdministratorsExactlyOnce() throws Exception {
		String reference = allocatedCase();
		allocations.escalateOverdueAcceptances();
		long notices = overdueNotices();
		assertThat(allocations.escalateOverdueAcceptances()).as("nothing is late yet").isZero();
		assertThat(overdueNotices()).isEqualTo(notices);

		LocalDate due = LocalDate.now(ZoneId.of("Europe/London")).minusDays(3);
		jdbc.sql("update allocation_acceptance set due_on = :due where reference = :r")
			.param("due", java.sql.Date.valueOf(due))
			.param("r", reference)
			.update();
		assertThat(allocations.escalateOverdueAcceptances()).isOne();
		int recipients = staff.withRole(Role.IOPC).size() + staff.withRole(Role.ADMINISTRATOR).size();
		assertThat(recipients).isPositive();
		assertThat(overdueNotices()).isEqualTo(notices + recipients);
		assertThat(escalationAudits(reference)).isOne();

		assertThat(allocations.escalateOverdueAcceptances()).isZero();
		assertThat(overdueNotices()).as("escalated once only").isEqualTo(notices + recipients);
		assertThat(escalationAudits(reference)).isOne();

		Acceptance late = allocations.acceptance(reference).orElseThrow();
		assertThat(late.escalatedAt()).isNotNull();
		String today = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy")
			.format(late.escalatedAt().atZone(ZoneId.of("Europe/London")));
		mvc.perform(get("/api/allocations/overdue").header("Authorization", DemoTokens.bearer(mvc, "iopc@iopc.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.reference == '" + reference + "')].escalatedAt").isNotEmpty());
		Element row = Html.of(mvc.perform(get("/iopc/referrals").with(user(users.loadUserByUsername("iopc@iopc.demo"))))
			.andExpect(status().isOk())
			.andReturn()).selectFirst("#late-acceptances tr[data-reference=" + reference + "]");
		assertThat(row).isNotNull();
		assertThat(row.text()).contains("Escalated on " + today);
	}

	private String allocatedCase() throws Exception {
		String body = mvc
			.perform(post("/api/reports").header("Authorization", DemoTokens.bearer(mvc, "advocate@support.demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ReportApiTestData.VALID))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reference = JsonPath.read(body, "$.reference");
		await().atMost(Duration.ofSeconds(20)).until(() -> allocations.acceptance(reference), Optional::isPresent);
		return reference;
	}

	private long overdueNotices() {
		return jdbc.sql("select count(*) from notification where template = 'ACCEPTANCE_OVERDUE'")
			.query(Long.class)
			.single();
	}

	private long escalationAudits(String reference) {
		return jdbc.sql("select count(*) from audit_entry where actor = 'system'"
				+ " and action = 'allocation.acceptance.escalated' and subject = :s")
			.param("s", "case " + reference)
			.query(Long.class)
			.single();
	}

}
