package org.crossforce.supercomplaints.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.crossforce.cases.ConsentedAccounts;
import org.crossforce.identity.Organisation;
import org.crossforce.identity.OrganisationKind;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.reports.AbuseKind;
import org.crossforce.reports.Accused;
import org.crossforce.reports.AccusedRole;
import org.crossforce.reports.Consent;
import org.crossforce.reports.Contact;
import org.crossforce.reports.NewReport;
import org.crossforce.reports.ReferralIndicators;
import org.crossforce.reports.Relationship;
import org.crossforce.reports.ReportIntake;
import org.crossforce.reports.Submitter;
import org.crossforce.reports.Victim;
import org.crossforce.reports.VictimChanges;
import org.crossforce.supercomplaints.internal.PackContent.CaseStudy;
import org.crossforce.supercomplaints.internal.PackContent.FrozenTable;
import org.crossforce.testing.IntegrationTest;
import org.crossforce.web.InvalidInput;
import org.crossforce.supercomplaints.Stage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Case studies and FOI datasets as evidence, through the pages: only the body's cases whose victim consents to
 * anonymised use are offered; withdrawing that consent takes the case off the list and refuses it; the stored text
 * keeps none of the fixture's identifiers and keeps its warnings; another organisation cannot draw on the case; an FOI
 * dataset frozen into a draft does not change when a reply adds a value.
 */
@IntegrationTest
class CaseStudyAndFoiEvidenceTest {

	static final String ADVOCATE = "advocate@support.demo";

	static final String NARRATIVE = """
			My husband Thaddeus Quilliam hit me on 14 March 2024 at 23 Elmwood Road, LS6 2QB. I rang 07700 900123 \
			and emailed morwenna.t@example.org for help. The crime reference is 13/45678/24. Morwenna stayed with \
			her friend Philippa Gwynne-Ashcroft afterwards.""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReportIntake intake;

	@Autowired
	VictimChanges victimChanges;

	@Autowired
	Drafts drafts;

	@Autowired
	ConsentedAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Complaints complaints;

	@Autowired
	Assessments assessments;

	private SignedInUser advocate() {
		return (SignedInUser) users.loadUserByUsername(ADVOCATE);
	}

	private String report(boolean anonymisedUse) {
		NewReport report = new NewReport(
				new Accused("Thaddeus", "Quilliam", "cumbria", AccusedRole.OFFICER, "Sergeant", null, List.of()),
				new Victim("Morwenna", "Trelawney", null, Contact.NONE), Relationship.MARRIED,
				Set.of(AbuseKind.PHYSICAL_OR_SEXUAL), "west-yorkshire", LocalDate.of(2024, 3, 14), null, NARRATIVE,
				ReferralIndicators.NONE,
				new Consent(true, anonymisedUse, Consent.ConsentMethod.IN_PERSON, LocalDate.of(2024, 4, 1)),
				List.of());
		return intake.submit(report, new Submitter(Submitter.Channel.ADVOCATE_WEB, ADVOCATE, "support-demo"))
			.reference();
	}

	private long draft() {
		return drafts.create(advocate(), "Case studies " + UUID.randomUUID());
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(user(advocate())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String chooseCase(long id, int base, String reference) throws Exception {
		return mvc.perform(post("/supercomplaints/" + id + "/case-studies/new").with(user(advocate())).with(csrf())
			.param("baseVersion", String.valueOf(base))
			.param("case", reference)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void onlyConsentedCasesAreOfferedAndAWithdrawnConsentRemovesAndRefusesTheCase() throws Exception {
		String consented = report(true);
		String notConsented = report(false);
		long id = draft();
		String choices = page("/supercomplaints/" + id + "/case-studies/new");
		assertThat(choices).contains(consented).doesNotContain(notConsented);
		assertThat(chooseCase(id, 1, notConsented)).contains("govuk-error-summary")
			.contains("has not consented to anonymised use");

		victimChanges.withdrawConsent(consented, false, true);
		assertThat(page("/supercomplaints/" + id + "/case-studies/new")).doesNotContain(consented);
		assertThat(chooseCase(id, 1, consented)).contains("govuk-error-summary")
			.doesNotContain("Philippa");
		String saved = mvc.perform(post("/supercomplaints/" + id + "/case-studies").with(user(advocate())).with(csrf())
			.param("baseVersion", "1")
			.param("case", consented)
			.param("title", "Withdrawn")
			.param("text", "Anything at all")
			.param("action", "save")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(saved).contains("has not consented to anonymised use");
		assertThat(drafts.latest(id).orElseThrow().number()).isEqualTo(1);
	}

	@Test
	void theStoredCaseStudyKeepsNoIdentifierOfTheFixtureAndKeepsItsWarnings() throws Exception {
		String reference = report(true);
		long id = draft();
		String edit = chooseCase(id, 1, reference);
		assertThat(edit).contains("Names removed").contains("Postcodes removed").contains("Phone numbers removed")
			.contains("Email addresses removed").contains("Exact dates changed to the month")
			.contains("Philippa Gwynne-Ashcroft").contains("id=\"warnings\"")
			.doesNotContain("Thaddeus").doesNotContain("07700").doesNotContain("LS6 2QB");

		// The author types a name and a number back in: saving anonymises again.
		String text = extractTextarea(edit) + " Later Thaddeus rang me from 07700 900456 on 2 May 2024.";
		mvc.perform(post("/supercomplaints/" + id + "/case-studies").with(user(advocate())).with(csrf())
			.param("baseVersion", "1")
			.param("case", reference)
			.param("title", "A report handled by the accused's own force")
			.param("text", text)
			.param("action", "save")).andExpect(status().is3xxRedirection());

		Drafts.Version latest = drafts.latest(id).orElseThrow();
		assertThat(latest.number()).isEqualTo(2);
		EvidenceStore.Item item = drafts.evidenceOf(latest).get(0);
		assertThat(item.kind()).isEqualTo(EvidenceStore.Kind.CASE_STUDY);
		CaseStudy study = (CaseStudy) item.evidence();
		assertThat(study.source()).isEqualTo(CaseStudies.FROM_CASE);
		for (String identifier : List.of("Thaddeus", "Quilliam", "Morwenna", "Trelawney", "Elmwood", "LS6",
				"2QB", "07700", "900123", "900456", "morwenna.t@example.org", "13/45678/24", "14 March 2024",
				"2 May 2024", reference)) {
			assertThat(study.text()).doesNotContain(identifier);
		}
		assertThat(study.text()).contains("March 2024").contains("[name]").contains("[postcode]");
		assertThat(item.warnings()).extracting(EvidenceStore.StoredWarning::text)
			.anyMatch(words -> words.contains("Philippa"));
		String stored = jdbc.sql("select content from super_complaint_evidence where id = :id")
			.param("id", item.id())
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(reference).doesNotContain("Thaddeus").contains("Philippa");

		assertThat(page("/supercomplaints/" + id)).contains("might still identify someone")
			.contains("Philippa Gwynne-Ashcroft")
			.doesNotContain(reference);
		PackContent pack = drafts.packContent(complaints.find(id).orElseThrow(), latest);
		assertThat(pack.evidence()).containsExactly(study);
	}

	@Test
	void aConsentWithdrawnAfterTheCaseStudyWasAddedIsFlaggedAndStopsTheSubmission() throws Exception {
		String reference = report(true);
		long id = draft();
		drafts.saveText(advocate(), id, 1, new Drafts.Text("Consent withdrawn later " + UUID.randomUUID(),
				"Reports investigated by the accused's own force", "Victims do not come forward", true, List.of()));
		mvc.perform(post("/supercomplaints/" + id + "/case-studies").with(user(advocate())).with(csrf())
			.param("baseVersion", "2")
			.param("case", reference)
			.param("title", "An account")
			.param("text", extractTextarea(chooseCase(id, 2, reference)))
			.param("action", "save")).andExpect(status().is3xxRedirection());
		assertThat(page("/supercomplaints/" + id)).doesNotContain("consent-withdrawn");

		victimChanges.withdrawConsent(reference, false, true);
		assertThat(page("/supercomplaints/" + id)).contains("consent-withdrawn")
			.contains("has withdrawn consent to anonymised use of this case");
		assertThatThrownBy(() -> assessments.submit(advocate(), id, 3)).isInstanceOf(InvalidInput.class)
			.hasFieldOrPropertyWithValue("field", "evidence");
		assertThat(complaints.find(id).orElseThrow().stage()).isEqualTo(Stage.DRAFT);

		long item = drafts.latest(id).orElseThrow().evidenceIds().get(0);
		drafts.removeEvidence(advocate(), id, 3, item);
		mvc.perform(post("/supercomplaints/" + id + "/evidence").with(user(advocate())).with(csrf())
			.param("baseVersion", "4")
			.param("source", "PUBLISHED_FIGURES")).andExpect(status().is3xxRedirection());
		assertThat(page("/supercomplaints/" + id)).doesNotContain("consent-withdrawn");
		assessments.submit(advocate(), id, 5);
		assertThat(complaints.find(id).orElseThrow().stage()).isEqualTo(Stage.SUBMITTED);
	}

	@Test
	void aCaseStudyWrittenByHandIsAnonymisedToo() throws Exception {
		long id = draft();
		assertThat(page("/supercomplaints/" + id + "/case-studies/write")).contains("id=\"text\"");
		mvc.perform(post("/supercomplaints/" + id + "/case-studies").with(user(advocate())).with(csrf())
			.param("baseVersion", "1")
			.param("title", "An account given by phone")
			.param("text", "She wrote to jo.bloggs@example.com on 3 June 2023 and called 020 7946 0018.")
			.param("action", "check")).andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("What this check took out")
				.contains("shows in the text as placeholders")
				.contains("She wrote to [email] in June 2023"));
		mvc.perform(post("/supercomplaints/" + id + "/case-studies").with(user(advocate())).with(csrf())
			.param("baseVersion", "1")
			.param("title", "")
			.param("text", "Some text")
			.param("action", "save")).andExpect(status().isOk());
		assertThat(drafts.latest(id).orElseThrow().number()).isEqualTo(1);
		mvc.perform(post("/supercomplaints/" + id + "/case-studies").with(user(advocate())).with(csrf())
			.param("baseVersion", "1")
			.param("title", "An account given by phone")
			.param("text", "She wrote to jo.bloggs@example.com on 3 June 2023 and called 020 7946 0018.")
			.param("action", "save")).andExpect(status().is3xxRedirection());
		CaseStudy study = (CaseStudy) drafts.evidenceOf(drafts.latest(id).orElseThrow()).get(0).evidence();
		assertThat(study.source()).isEqualTo(CaseStudies.BY_HAND);
		assertThat(study.text()).doesNotContain("jo.bloggs").doesNotContain("3 June").doesNotContain("7946")
			.contains("June 2023");
	}

	@Test
	void anotherOrganisationCannotDrawOnYourCase() throws Exception {
		String reference = report(true);
		String code = "other-body-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("insert into organisation (code, name, kind, designated_on) values (:code, 'Other body', "
				+ "'SUPPORT_SERVICE', :on)").param("code", code).param("on", LocalDate.of(2020, 1, 1)).update();
		long orgId = jdbc.sql("select id from organisation where code = :code").param("code", code)
			.query(Long.class)
			.single();
		SignedInUser other = new SignedInUser(-1, "advocate@" + code, "Other advocate",
				new Organisation(orgId, code, "Other body", OrganisationKind.SUPPORT_SERVICE, null,
						LocalDate.of(2020, 1, 1)),
				EnumSet.of(Role.ADVOCATE), true, null);
		assertThat(accounts.available(other)).extracting(summary -> summary.reference()).doesNotContain(reference);
		assertThatThrownBy(() -> accounts.read(other, reference, "test")).isInstanceOf(ResponseStatusException.class)
			.hasMessageContaining("404");
		long theirs = drafts.create(other, "Theirs " + code);
		mvc.perform(post("/supercomplaints/" + theirs + "/case-studies/new").with(user(other)).with(csrf())
			.param("baseVersion", "1")
			.param("case", reference)).andExpect(status().isNotFound());
		mvc.perform(post("/supercomplaints/" + theirs + "/case-studies").with(user(other)).with(csrf())
			.param("baseVersion", "1")
			.param("case", reference)
			.param("title", "Theirs")
			.param("text", "Some text")
			.param("action", "save")).andExpect(status().isNotFound());
		assertThat(drafts.latest(theirs).orElseThrow().number()).isEqualTo(1);
		long ours = draft();
		mvc.perform(get("/supercomplaints/" + ours + "/case-studies/new").with(user(other)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFrozenFoiDatasetDoesNotChangeWhenAReplyAddsAValue() throws Exception {
		jdbc.sql("""
				insert into foi_campaign (title, subject_template, body_template, organisation_code, created_by,
				  created_at, published)
				values (:title, 'Request', 'Please', 'support-demo', :by, :at, false)""")
			.param("title", "Evidence test " + UUID.randomUUID())
			.param("by", ADVOCATE)
			.param("at", java.sql.Timestamp.from(Instant.now()))
			.update();
		long campaignId = jdbc.sql("select max(id) from foi_campaign where organisation_code = 'support-demo'")
			.query(Long.class)
			.single();
		jdbc.sql("insert into foi_dataset_dimension (campaign_id, position, name, allowed) values (:c, 1, 'Year', :y)")
			.param("c", campaignId)
			.param("y", "2015-16\n2016-17")
			.update();
		jdbc.sql("insert into foi_request (campaign_id, authority_code, delivery, state, created_at) "
				+ "values (:c, 'essex', 'EMAIL', 'AWAITING_RESPONSE', :at)")
			.param("c", campaignId)
			.param("at", java.sql.Timestamp.from(Instant.now()))
			.update();
		long request = jdbc.sql("select id from foi_request where campaign_id = :c").param("c", campaignId)
			.query(Long.class)
			.single();
		jdbc.sql("insert into foi_message (request_id, direction, kind, subject, body, dated_on, delivery, "
				+ "recorded_by, recorded_at) values (:r, 'IN', 'REPLY', 'Re', 'Figures', :on, 'RECORDED', :by, :at)")
			.param("r", request)
			.param("on", LocalDate.of(2025, 7, 1))
			.param("by", ADVOCATE)
			.param("at", java.sql.Timestamp.from(Instant.now()))
			.update();
		long message = jdbc.sql("select id from foi_message where request_id = :r").param("r", request)
			.query(Long.class)
			.single();
		value(request, message, "2015-16", "COUNT", 1234);
		value(request, message, "2016-17", "NOT_HELD", null);
		long id = draft();

		assertThat(page("/supercomplaints/" + id)).contains("id=\"add-foi\"");
		mvc.perform(post("/supercomplaints/" + id + "/evidence").with(user(advocate())).with(csrf())
			.param("baseVersion", "1")
			.param("source", "FOI_DATASET")
			.param("campaign", String.valueOf(campaignId))).andExpect(status().is3xxRedirection());
		Drafts.Version version = drafts.latest(id).orElseThrow();
		assertThat(version.number()).isEqualTo(2);
		FrozenTable frozen = (FrozenTable) drafts.evidenceOf(version).get(0).evidence();
		assertThat(frozen.columnHeadings()).containsExactly("Authority", "Year", "Value");
		assertThat(frozen.rows()).containsExactly(List.of("Essex Police", "2015-16", "1,234"),
				List.of("Essex Police", "2016-17", "not held"));
		assertThat(frozen.query()).contains("FOI campaign " + campaignId);

		jdbc.sql("delete from foi_dataset_value where request_id = :r and dimension_1 = '2016-17'")
			.param("r", request)
			.update();
		value(request, message, "2016-17", "COUNT", 7);
		FrozenTable again = (FrozenTable) drafts.evidenceOf(drafts.version(id, 2).orElseThrow()).get(0).evidence();
		assertThat(again).isEqualTo(frozen);

		long other = draft();
		mvc.perform(post("/supercomplaints/" + other + "/evidence").with(user(advocate())).with(csrf())
			.param("baseVersion", "1")
			.param("source", "FOI_DATASET")
			.param("campaign", "999999999")).andExpect(status().is3xxRedirection());
		assertThat(drafts.latest(other).orElseThrow().number()).isEqualTo(1);
	}

	@Test
	void theDesignationPageShowsTheDateErrorBesideTheField() throws Exception {
		SignedInUser admin = (SignedInUser) users.loadUserByUsername("admin@crossforce.demo");
		String page = mvc.perform(post("/admin/designated-bodies/support-demo").with(user(admin)).with(csrf())
			.param("onDay", "31")
			.param("onMonth", "2")
			.param("onYear", "2020")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("govuk-error-summary").contains("id=\"onDay-error\"")
			.contains("govuk-form-group--error").contains("href=\"#onDay\"").contains("value=\"31\"");
	}

	private void value(long request, long message, String year, String status, Integer count) {
		jdbc.sql("insert into foi_dataset_value (request_id, message_id, dimension_1, status, count_value, "
				+ "recorded_by, recorded_at) values (:r, :m, :y, :s, :c, :by, :at)")
			.param("r", request)
			.param("m", message)
			.param("y", year)
			.param("s", status)
			.param("c", count, java.sql.Types.INTEGER)
			.param("by", ADVOCATE)
			.param("at", java.sql.Timestamp.from(Instant.now()))
			.update();
	}

	private static String extractTextarea(String html) {
		int start = html.indexOf(">", html.indexOf("<textarea")) + 1;
		return org.springframework.web.util.HtmlUtils.htmlUnescape(html.substring(start, html.indexOf("</textarea>")));
	}

}
