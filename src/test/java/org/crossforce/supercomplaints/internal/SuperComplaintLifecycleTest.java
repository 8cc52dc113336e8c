package org.crossforce.supercomplaints.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.crossforce.identity.Organisation;
import org.crossforce.identity.OrganisationKind;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.statistics.Measure;
import org.crossforce.supercomplaints.Stage;
import org.crossforce.testing.IntegrationTest;
import org.crossforce.web.InvalidInput;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A super-complaint role by role: only a designated body's advocate drafts and submits; only HMICFRS acknowledges and
 * decides, after the three assessors' views; illegal steps are refused; a stale edit is refused; frozen evidence and
 * its pack do not change when the live statistics do; the acknowledgement falls due on the England and Wales calendar.
 */
@IntegrationTest
class SuperComplaintLifecycleTest {

	@Autowired
	Drafts drafts;

	@Autowired
	Assessments assessments;

	@Autowired
	Complaints complaints;

	@Autowired
	EvidenceSources sources;

	@Autowired
	EvidencePack pack;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	private SignedInUser as(String username) {
		return (SignedInUser) users.loadUserByUsername(username);
	}

	private SignedInUser advocate() {
		return as("advocate@support.demo");
	}

	private long readyDraft(String title) {
		SignedInUser advocate = advocate();
		long id = drafts.create(advocate, title);
		drafts.saveText(advocate, id, 1, new Drafts.Text(title, "Forces investigating domestic abuse by their own "
				+ "officers " + title, "Victims lose trust and withdraw", false, List.of("essex", "kent")));
		drafts.addEvidence(advocate, id, 2, EvidenceStore.Kind.STATISTICS, sources.statistics("REPORTS", null));
		return id;
	}

	@Test
	void aSupportServiceNotDesignatedCannotDraftAndAnInspectorCannotDraft() {
		String code = "undesignated-" + UUID.randomUUID().toString().substring(0, 8);
		SignedInUser notDesignated = new SignedInUser(-1, "someone@" + code, "Someone",
				new Organisation(-1, code, "Not designated", OrganisationKind.SUPPORT_SERVICE, null, null),
				EnumSet.of(Role.ADVOCATE), true, null);
		assertThatThrownBy(() -> drafts.create(notDesignated, "A complaint"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> drafts.create(as("inspector@hmicfrs.demo"), "A complaint"))
			.isInstanceOf(AccessDeniedException.class);
		long id = readyDraft("Not designated " + code);
		assertThatThrownBy(() -> assessments.submit(notDesignated, id, 3)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theWholeLifecycleRoleByRole() throws Exception {
		long id = readyDraft("Lifecycle " + UUID.randomUUID());
		assertThatThrownBy(() -> assessments.acknowledge(as("inspector@hmicfrs.demo"), id))
			.isInstanceOf(InvalidInput.class);
		assessments.submit(advocate(), id, 3);
		Complaints.Header submitted = complaints.find(id).orElseThrow();
		assertThat(submitted.stage()).isEqualTo(Stage.SUBMITTED);
		assertThat(submitted.acknowledgementDue()).isEqualTo(assessments.acknowledgementDue(submitted.submittedOn()));
		assertThatThrownBy(() -> drafts.saveText(advocate(), id, 3, new Drafts.Text("x", "", "", true, null)))
			.isInstanceOf(InvalidInput.class);

		assertThatThrownBy(() -> assessments.acknowledge(advocate(), id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> assessments.recordView(as("college@college.demo"), id, true, "early"))
			.isInstanceOf(InvalidInput.class);
		assessments.acknowledge(as("inspector@hmicfrs.demo"), id);
		assertThatThrownBy(() -> assessments.acknowledge(as("inspector@hmicfrs.demo"), id))
			.isInstanceOf(InvalidInput.class);

		assertThatThrownBy(() -> assessments.recordView(advocate(), id, true, "mine"))
			.isInstanceOf(AccessDeniedException.class);
		assessments.recordView(as("inspector@hmicfrs.demo"), id, true, "A feature of policing");
		assessments.recordView(as("college@college.demo"), id, true, "Agreed");
		assertThatThrownBy(() -> assessments.recordView(as("college@college.demo"), id, false, "again"))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> assessments.decide(as("inspector@hmicfrs.demo"), id, true, ""))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("viewsMissing");
		assessments.recordView(as("iopc@iopc.demo"), id, false, "Under investigation elsewhere");
		assertThatThrownBy(() -> assessments.decide(advocate(), id, true, ""))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> assessments.decide(as("college@college.demo"), id, true, ""))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> assessments.decide(as("inspector@hmicfrs.demo"), id, false, " "))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("reasons");
		assertThatThrownBy(() -> assessments.addProgress(as("inspector@hmicfrs.demo"), id, LocalDate.now(), "x"))
			.isInstanceOf(InvalidInput.class);
		assessments.decide(as("inspector@hmicfrs.demo"), id, true, "");
		assertThat(complaints.find(id).orElseThrow().stage()).isEqualTo(Stage.UNDER_INVESTIGATION);
		assessments.addProgress(as("inspector@hmicfrs.demo"), id, LocalDate.of(2025, 1, 10), "Fieldwork started");
		assertThat(assessments.progress(id)).extracting(Assessments.Progress::text).containsExactly("Fieldwork started");

		// The body sees the progress report; the API refuses a decision from the wrong role with 403.
		String page = mvc.perform(get("/supercomplaints/" + id).with(user(advocate())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Fieldwork started");
		mvc.perform(post("/api/supercomplaints/" + id + "/decision").with(user(advocate())).with(csrf())
			.contentType("application/json")
			.content("{\"eligible\":true}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/supercomplaints/" + id + "/acknowledge").with(user(as("inspector@hmicfrs.demo")))
			.with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(get("/supercomplaints").with(user(as("psd@essex.demo")))).andExpect(status().isForbidden());
	}

	@Test
	void anEditOnAnOlderVersionIsRefusedAndEveryVersionIsKept() {
		SignedInUser advocate = advocate();
		long id = drafts.create(advocate, "Versions " + UUID.randomUUID());
		drafts.saveText(advocate, id, 1, new Drafts.Text("First", "Feature one", "", true, null));
		assertThatThrownBy(() -> drafts.saveText(advocate, id, 1, new Drafts.Text("Second", "Other", "", true, null)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(refusal -> assertThat(((InvalidInput) refusal).field()).isEqualTo("baseVersion"));
		drafts.saveText(advocate, id, 2, new Drafts.Text("Second", "Feature two", "", true, null));
		assertThat(drafts.versions(id)).extracting(Drafts.Version::number).containsExactly(3, 2, 1);
		assertThat(drafts.version(id, 2).orElseThrow().text().feature()).isEqualTo("Feature one");
		assertThat(drafts.latest(id).orElseThrow().savedBy()).isEqualTo("advocate@support.demo");
	}

	@Test
	void aFrozenSnapshotAndItsPackStayTheSameWhenTheLiveFiguresChange() throws Exception {
		long id = readyDraft("Frozen " + UUID.randomUUID());
		Drafts.Version version = drafts.latest(id).orElseThrow();
		PackContent.FrozenTable before = (PackContent.FrozenTable) drafts.evidenceOf(version).get(0).evidence();
		byte[] pdf = mvc.perform(get("/supercomplaints/" + id + "/versions/3/evidence-pack.pdf").with(user(advocate())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		String reference = "SCFROZEN-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 12; i++) {
			jdbc.sql("""
					insert into statistics_case (reference, synthetic, financial_year, reported_on, employing_force,
					  accused_role, referred_to_iopc, charged, no_further_action, misconduct_proven, dismissed,
					  barred_list, duties_due, duties_met_on_time)
					values (:r, false, 2024, :on, 'essex', 'OFFICER', false, false, false, false, false, false, 0, 0)""")
				.param("r", reference + "-" + i)
				.param("on", java.sql.Date.valueOf(LocalDate.of(2024, 6, 1)))
				.update();
		}
		ReflectionTestUtils.invokeMethod(context.getBean("statisticsTables"), "forget");
		PackContent.FrozenTable live = sources.statistics(Measure.REPORTS.name(), null);
		assertThat(live.rows()).isNotEqualTo(before.rows());

		PackContent.FrozenTable after = (PackContent.FrozenTable) drafts.evidenceOf(drafts.version(id, 3).orElseThrow())
			.get(0)
			.evidence();
		assertThat(after).isEqualTo(before);
		byte[] again = mvc.perform(get("/supercomplaints/" + id + "/versions/3/evidence-pack.pdf").with(user(advocate())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(again).isEqualTo(pdf);
		jdbc.sql("delete from statistics_case where reference like :r").param("r", reference + "%").update();
		ReflectionTestUtils.invokeMethod(context.getBean("statisticsTables"), "forget");
	}

	@Test
	void theAcknowledgementFallsDueOnTheEnglandAndWalesCalendar() {
		// St Patrick's Day (Monday 18 March 2024) is a Northern Ireland holiday only: not skipped.
		assertThat(assessments.acknowledgementDue(LocalDate.of(2024, 3, 14))).isEqualTo(LocalDate.of(2024, 3, 21));
		// Good Friday (29 March) and Easter Monday (1 April 2024) are England and Wales holidays: skipped.
		assertThat(assessments.acknowledgementDue(LocalDate.of(2024, 3, 28))).isEqualTo(LocalDate.of(2024, 4, 8));
		// 2 January 2024 is a Scottish holiday only: not skipped.
		assertThat(assessments.acknowledgementDue(LocalDate.of(2023, 12, 29))).isEqualTo(LocalDate.of(2024, 1, 8));
	}

}
