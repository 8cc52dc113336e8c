package org.crossforce.tracking;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crossforce.allocation.Allocations;
import org.crossforce.cases.CaseAccessRefused;
import org.crossforce.cases.CaseFiles;
import org.crossforce.cases.CaseResource;
import org.crossforce.identity.SignedInUser;
import org.crossforce.reports.Contact;
import org.crossforce.reports.DemoCase;
import org.crossforce.reports.Reports;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.crossforce.tracking.TrackedCases.Tracked;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The victim's own view at /track: signing in with the receipt, the same answer for every failure, each page, the
 * changes a victim makes and what staff then see, and that nothing of another case can be reached.
 */
@IntegrationTest
class VictimViewTest {

	static final List<String> PAGES = List.of("/track/case", "/track/messages", "/track/add", "/track/contact",
			"/track/consent");

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reports reports;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	UserDetailsService users;

	Tracked tracked;

	@BeforeEach
	void aReportIsMadeAndAllocated() throws Exception {
		tracked = TrackedCases.allocated(mvc, allocations);
	}

	@Test
	void withoutSigningInEveryPageGoesBackToTheSignInPage() throws Exception {
		for (String page : PAGES) {
			mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/track"));
		}
		mvc.perform(post("/track/messages").with(csrf()).param("body", "hello"))
			.andExpect(redirectedUrl("/track"));
		Document signIn = Html.of(mvc.perform(get("/track")).andExpect(status().isOk()).andReturn());
		assertThat(signIn.title()).isEqualTo("Follow your case – Crossforce");
		assertThat(signIn.select(".govuk-exit-this-page a").attr("href")).isEqualTo("/track/exit");
	}

	@Test
	void theReceiptAsTypedOpensTheCaseInANewSession() throws Exception {
		MockHttpSession before = (MockHttpSession) mvc.perform(get("/track")).andReturn().getRequest().getSession();
		String typedReference = " " + tracked.reference().toLowerCase(Locale.ROOT).replace("-", " ") + " ";
		String typedPassphrase = tracked.passphrase().toLowerCase(Locale.ROOT).replace("-", "");
		MvcResult result = mvc
			.perform(post("/track").session(before)
				.with(csrf())
				.param("reference", typedReference)
				.param("passphrase", typedPassphrase))
			.andExpect(redirectedUrl("/track/case"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		assertThat(before.isInvalid()).as("the session before signing in is ended").isTrue();
		assertThat(session.getId()).isNotEqualTo(before.getId());
		assertThat(session.getMaxInactiveInterval()).isEqualTo(20 * 60);

		Document page = Html.of(mvc.perform(get("/track/case").session(session)).andExpect(status().isOk()).andReturn());
		assertThat(page.title()).isEqualTo("Your case – Crossforce");
		assertThat(page.select("#stages").text()).contains("is looking into what you reported");
		assertThat(page.select("#next-update h2").text()).startsWith("Your next update is due by");
		assertThat(page.select("#next-update").text()).contains("update standard", "20 working days");
		assertThat(page.select("#no-decisions")).hasSize(1);
		assertThat(page.select(".govuk-exit-this-page a").attr("href")).isEqualTo("/track/exit");
		assertThat(page.select("#sign-out").attr("href")).isEqualTo("/track/sign-out");
		assertThat(page.select("#right-to-review")).as("no decision not to charge yet").isEmpty();
		assertThat(audit("tracking.signed-in")).hasSize(1);
	}

	@Test
	void everyFailureGetsTheSameAnswer() throws Exception {
		String unknown = error("CF-0000-0000".equals(tracked.reference()) ? "CF-ZZZZ-ZZZZ" : "CF-0000-0000",
				tracked.passphrase());
		String wrong = error(tracked.reference(), "AAAA-BBBB-CCCC-DDDD");
		String malformed = error("not a reference", tracked.passphrase());
		assertThat(unknown).isEqualTo("The reference or passphrase is not right");
		assertThat(wrong).isEqualTo(unknown);
		assertThat(malformed).isEqualTo(unknown);
	}

	@Test
	void fiveWrongPassphrasesLockTheReferenceEvenForTheRightOne() throws Exception {
		for (int i = 1; i <= 4; i++) {
			assertThat(error(tracked.reference(), "WRNG-PASS-0000-000" + i)).isEqualTo("The reference or passphrase is not right");
		}
		assertThat(error(tracked.reference(), "WRNG-PASS-0000-0005")).startsWith("This case reference is locked")
			.contains("Try again after");
		String locked = error(tracked.reference(), tracked.passphrase());
		assertThat(locked).as("the right passphrase is refused while locked").startsWith("This case reference is locked");

		assertThat(audit("tracking.sign-in.failed")).hasSize(5);
		assertThat(audit("tracking.locked")).hasSize(1);
		assertThat(audit("tracking.sign-in.refused")).hasSize(1);
		assertThat(jdbc.sql("select actor || ' ' || detail from audit_entry where subject = :s")
			.param("s", "case " + tracked.reference())
			.query(String.class)
			.list()).as("no passphrase, right or wrong, is written to the audit log")
			.allSatisfy(entry -> assertThat(entry).doesNotContain("WRNG").doesNotContain(tracked.passphrase()));
		assertThat(audit("tracking.signed-in")).isEmpty();
	}

	@Test
	void exitEndsTheSessionAndLeavesAsTheJourneyDoes() throws Exception {
		MockHttpSession session = TrackedCases.signIn(mvc, tracked);
		mvc.perform(get("/track/exit").session(session)).andExpect(forwardedUrl("/report/exit"));
		assertThat(session.isInvalid()).isTrue();
		mvc.perform(get("/track/case").session(session)).andExpect(redirectedUrl("/track"));
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		MockHttpSession session = TrackedCases.signIn(mvc, tracked);
		mvc.perform(get("/track/sign-out").session(session)).andExpect(redirectedUrl("/track"));
		assertThat(session.isInvalid()).isTrue();
		mvc.perform(get("/track/messages").session(session)).andExpect(redirectedUrl("/track"));
	}

	@Test
	void everyPageIsKeptOutOfCachesAndNamesNoCaseInItsAddressOrTitle() throws Exception {
		List<String> seen = new ArrayList<>();
		MvcResult signIn = mvc.perform(get("/track")).andReturn();
		assertThat(signIn.getResponse().getHeader("Cache-Control")).contains("no-store");
		MockHttpSession session = TrackedCases.signIn(mvc, tracked);
		for (String page : PAGES) {
			MvcResult result = mvc.perform(get(page).session(session)).andExpect(status().isOk()).andReturn();
			assertThat(result.getResponse().getHeader("Cache-Control")).as(page).contains("no-store");
			seen.add(page + " " + Html.of(result).title());
		}
		seen.add(mvc.perform(post("/track/messages").session(session).with(csrf()).param("body", "Hello"))
			.andReturn().getResponse().getRedirectedUrl());
		seen.add(mvc.perform(post("/track/consent").session(session).with(csrf()).param("withdraw", "ANONYMISED_USE"))
			.andReturn().getResponse().getRedirectedUrl());
		MvcResult confirm = mvc.perform(get("/track/consent/confirm").session(session)).andExpect(status().isOk()).andReturn();
		seen.add(Html.of(confirm).title());
		assertThat(confirm.getResponse().getHeader("Cache-Control")).contains("no-store");
		String code = tracked.reference().substring(3);
		assertThat(seen).hasSize(PAGES.size() + 3)
			.allSatisfy(entry -> assertThat(entry.toUpperCase(Locale.ROOT)).doesNotContain(code.substring(0, 4))
				.doesNotContain(code.substring(5)));
		assertThat(seen).contains("/track/case Your case – Crossforce", "/track/messages Messages – Crossforce",
				"/track/add Add information – Crossforce", "/track/contact How we contact you – Crossforce",
				"/track/consent Your consent – Crossforce");
	}

	@Test
	void afterADecisionToTakeNoFurtherActionTheVictimAsksForAReviewOnce() throws Exception {
		MockHttpSession session = TrackedCases.signIn(mvc, tracked);
		Document before = Html.of(mvc.perform(get("/track/case").session(session)).andReturn());
		assertThat(before.select("#ask-for-review")).as("no review before a decision not to charge").isEmpty();
		mvc.perform(post("/track/review").session(session).with(csrf())).andExpect(redirectedUrl("/track/case"));
		Document refused = Html.of(mvc.perform(get("/track/case").session(session)).andReturn());
		assertThat(refused.select("#review-refused").text()).as("nothing to review yet").isNotBlank();

		mvc.perform(post("/api/cases/{r}/events", tracked.reference())
			.header("Authorization", DemoTokens.bearer(mvc, tracked.psd()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"step\": \"NO_FURTHER_ACTION\", \"occurredOn\": \"" + java.time.LocalDate.now()
					+ "\", \"reason\": \"Illustrative: not enough evidence.\"}"))
			.andExpect(status().is2xxSuccessful());
		Document offered = Html.of(mvc.perform(get("/track/case").session(session)).andReturn());
		assertThat(offered.select("#right-to-review").text()).contains("review");
		assertThat(offered.select("#ask-for-review")).hasSize(1);

		mvc.perform(post("/track/review").session(session).with(csrf())).andExpect(redirectedUrl("/track/case"));
		Document asked = Html.of(mvc.perform(get("/track/case").session(session)).andReturn());
		assertThat(asked.select("#review-requested-title")).hasSize(1);
		assertThat(asked.select("#ask-for-review")).as("asked once only").isEmpty();
		assertThat(asked.select("#decisions").text()).contains("You asked for a review");
		assertThat(jdbc.sql("select count(*) from victims_code_duty where reference = :r and kind in "
				+ "('ACKNOWLEDGE_REVIEW', 'DECIDE_REVIEW') and told_at is null")
			.param("r", tracked.reference()).query(Long.class).single())
			.as("the force must acknowledge and decide, each against its deadline").isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from notification where template = 'REVIEW_REQUESTED' and username = :u")
			.param("u", tracked.psd()).query(Long.class).single()).isPositive();
		mvc.perform(post("/track/review").session(session).with(csrf())).andExpect(redirectedUrl("/track/case"));
		assertThat(Html.of(mvc.perform(get("/track/case").session(session)).andReturn()).select("#review-refused")
			.text()).as("a second request is refused in plain words").isNotBlank();
	}

	@Test
	void afterAChargeTheVictimIsToldHowTheCourtCaseEndedAndWhy() throws Exception {
		String today = java.time.LocalDate.now().toString();
		for (String step : new String[] { "{\"step\": \"REFERRED_TO_CPS\", \"occurredOn\": \"" + today + "\"}",
				"{\"step\": \"CHARGED\", \"occurredOn\": \"" + today + "\"}",
				"{\"step\": \"ACQUITTED\", \"occurredOn\": \"" + today
						+ "\", \"reason\": \"Illustrative: found not guilty by the jury.\"}" }) {
			mvc.perform(post("/api/cases/{r}/events", tracked.reference())
				.header("Authorization", DemoTokens.bearer(mvc, tracked.psd()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(step)).andExpect(status().is2xxSuccessful());
		}
		MockHttpSession session = TrackedCases.signIn(mvc, tracked);
		Document page = Html.of(mvc.perform(get("/track/case").session(session)).andReturn());
		assertThat(page.select("#stages").text()).contains("The court case has ended without a conviction")
			.doesNotContain("The suspect was charged with a crime.");
		assertThat(page.select("#decisions").text()).contains("The court case ended without a conviction.")
			.contains("Illustrative: found not guilty by the jury.");
		assertThat(page.select("#ask-for-review")).as("an acquittal is not a decision not to charge").isEmpty();
	}

	@Test
	void withdrawingConsentToShareStopsTheInvestigatingForceReadingTheAccount() throws Exception {
		TrackedCases.investigatingForceMayRead(mvc, tracked);
		SignedInUser psd = (SignedInUser) users.loadUserByUsername(tracked.psd());
		assertThat(caseFiles.read(psd, tracked.reference(), CaseResource.ACCOUNT, "test", () -> "read")).isEqualTo("read");

		MockHttpSession session = TrackedCases.signIn(mvc, tracked);
		Document consent = Html.of(mvc.perform(get("/track/consent").session(session)).andReturn());
		assertThat(consent.select("#consent-SHARING").text()).isEqualTo("You agreed");
		mvc.perform(post("/track/consent").session(session).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(post("/track/consent").session(session).with(csrf()).param("withdraw", "SHARING"))
			.andExpect(redirectedUrl("/track/consent/confirm"));
		Document confirm = Html.of(mvc.perform(get("/track/consent/confirm").session(session)).andReturn());
		assertThat(confirm.select("#sharing-explained")).hasSize(1);
		assertThat(confirm.select("main").text()).contains("still investigated as a conduct matter",
				"the IOPC can still see everything");
		assertThat(reports.summary(tracked.reference()).orElseThrow().consent().shareWithInvestigatingForce())
			.as("nothing changes before the victim confirms").isTrue();
		mvc.perform(post("/track/consent/confirm").session(session).with(csrf()))
			.andExpect(redirectedUrl("/track/consent"));

		Document after = Html.of(mvc.perform(get("/track/consent").session(session)).andReturn());
		assertThat(after.select("#consent-SHARING").text()).isEqualTo("Withdrawn");
		assertThat(after.select("#consent-ANONYMISED_USE").text()).isEqualTo("You agreed");
		assertThat(after.select("input[name=withdraw][value=SHARING]")).as("not offered again").isEmpty();
		assertThatThrownBy(() -> caseFiles.read(psd, tracked.reference(), CaseResource.ACCOUNT, "test", () -> "read"))
			.isInstanceOf(CaseAccessRefused.class);
		mvc.perform(get("/api/cases/{r}", tracked.reference()).header("Authorization", DemoTokens.bearer(mvc, tracked.psd())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.account").doesNotExist())
			.andExpect(jsonPath("$.victim").doesNotExist());
		mvc.perform(get("/api/cases/{r}/messages", tracked.reference())
			.header("Authorization", DemoTokens.bearer(mvc, tracked.psd()))).andExpect(status().isForbidden());
		assertThat(audit("report.consent.withdrawn")).hasSize(1);
	}

	@Test
	void messagesGoBothWays() throws Exception {
		long staffNoticesBefore = staffMessageNotices();
		exchangeMessages();
		assertThat(jdbc.sql("select count(*) from notification where case_reference = :r and template = 'NEW_MESSAGE'")
			.param("r", tracked.reference()).query(Long.class).single())
			.as("the victim is prompted once, for the force's message").isEqualTo(1);
		assertThat(staffMessageNotices()).as("the investigating force is told of the victim's message")
			.isEqualTo(staffNoticesBefore + 1);
	}

	private long staffMessageNotices() {
		return jdbc.sql("select count(*) from notification where recipient_kind = 'STAFF' and template = 'NEW_MESSAGE'"
				+ " and username = :psd").param("psd", tracked.psd()).query(Long.class).single();
	}

	private void exchangeMessages() throws Exception {
		TrackedCases.investigatingForceMayRead(mvc, tracked);
		MockHttpSession session = TrackedCases.signIn(mvc, tracked);
		Document empty = Html.of(mvc.perform(get("/track/messages").session(session)).andReturn());
		assertThat(empty.select("#no-messages")).hasSize(1);
		assertThat(empty.select("#readers").text()).contains("the police force investigating your report",
				"Your advocate");
		String blank = Html.of(mvc.perform(post("/track/messages").session(session).with(csrf()).param("body", "  "))
			.andExpect(status().isOk()).andReturn()).select(".govuk-error-summary").text();
		assertThat(blank).contains("Enter a message");

		mvc.perform(post("/track/messages").session(session).with(csrf()).param("body", "He came to my work today."))
			.andExpect(redirectedUrl("/track/messages"));
		String psdToken = DemoTokens.bearer(mvc, tracked.psd());
		mvc.perform(get("/api/cases/{r}/messages", tracked.reference()).header("Authorization", psdToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].party").value("VICTIM"))
			.andExpect(jsonPath("$[0].body").value("He came to my work today."));
		Document staffPage = Html.of(mvc.perform(get("/cases/{r}/messages", tracked.reference())
			.with(user(users.loadUserByUsername("advocate@support.demo")))).andExpect(status().isOk()).andReturn());
		assertThat(staffPage.select("#thread").text()).contains("The victim", "He came to my work today.");

		mvc.perform(post("/api/cases/{r}/messages", tracked.reference()).header("Authorization", psdToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\": \"Thank you. We will call you at the time you chose.\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.party").value("INVESTIGATING_FORCE"))
			.andExpect(jsonPath("$.author").value(tracked.psd()));
		Document thread = Html.of(mvc.perform(get("/track/messages").session(session)).andReturn());
		assertThat(thread.select("#thread li")).hasSize(2);
		assertThat(thread.select("#thread li").get(1).text()).contains("The investigating force",
				"We will call you at the time you chose.")
			.doesNotContain(tracked.psd());
		assertThat(jdbc.sql("select count(*) from secure_message where reference = :r and body_enc is not null")
			.param("r", tracked.reference()).query(Long.class).single()).isEqualTo(2);
		assertThat(new String(jdbc.sql("select body_enc from secure_message where reference = :r order by id")
			.param("r", tracked.reference()).query(byte[].class).list().get(0), StandardCharsets.ISO_8859_1))
			.as("stored encrypted").doesNotContain("work today");
		assertThat(audit("case.message.sent")).hasSize(2);
	}

	@Test
	void staffWriteOnlyAsTheInvestigatingForceOrTheAdvocateAndSayWhatIsWrong() throws Exception {
		String path = "/api/cases/" + tracked.reference() + "/messages";
		mvc.perform(get(path)).andExpect(status().isUnauthorized());
		mvc.perform(get(path).header("Authorization", DemoTokens.bearer(mvc, "psd@greater-manchester.demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get(path).header("Authorization", DemoTokens.bearer(mvc, "iopc@iopc.demo")))
			.andExpect(status().isForbidden());
		mvc.perform(post(path).header("Authorization", DemoTokens.bearer(mvc, tracked.psd()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		mvc.perform(post(path).header("Authorization", DemoTokens.bearer(mvc, tracked.psd()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"" + "x".repeat(5001) + "\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/cases/CF-0000-000I/messages").header("Authorization", DemoTokens.bearer(mvc, tracked.psd())))
			.andExpect(status().isNotFound());
		mvc.perform(post(path).header("Authorization", DemoTokens.bearer(mvc, "advocate@support.demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"I can come with you on Tuesday.\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.party").value("ADVOCATE"));
	}

	@Test
	void addedInformationAndFilesReachTheInvestigatingForce() throws Exception {
		TrackedCases.investigatingForceMayRead(mvc, tracked);
		MockHttpSession session = TrackedCases.signIn(mvc, tracked);
		Document empty = Html.of(mvc.perform(multipart("/track/add").session(session).with(csrf())).andReturn());
		assertThat(empty.select(".govuk-error-summary").text()).contains("Enter what you want to add, or choose a file");
		Document tooLong = Html.of(mvc.perform(multipart("/track/add").session(session).with(csrf())
			.param("text", "x".repeat(10_001))).andReturn());
		assertThat(tooLong.select("#text-error").text()).contains("10,000 characters or fewer");
		Document wrongType = Html.of(mvc.perform(multipart("/track/add")
			.file(new MockMultipartFile("file", "run.exe", "application/octet-stream", new byte[] { 'M', 'Z', 0, 1, 2 }))
			.session(session).with(csrf())).andReturn());
		assertThat(wrongType.select("#file-error").text()).contains("PDF, JPG, PNG or plain text");

		mvc.perform(multipart("/track/add")
			.file(new MockMultipartFile("file", "bruise.png", "image/png", PNG))
			.param("text", "I found the messages he sent in March.")
			.session(session).with(csrf()))
			.andExpect(redirectedUrl("/track/add"));

		mvc.perform(get("/api/cases/{r}", tracked.reference()).header("Authorization", DemoTokens.bearer(mvc, tracked.psd())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.account.additions[0].text").value("I found the messages he sent in March."))
			.andExpect(jsonPath("$.files[0].filename").value("bruise.png"))
			.andExpect(jsonPath("$.files[0].mediaType").value("image/png"));
		Document casePage = Html.of(mvc.perform(get("/cases/{r}", tracked.reference())
			.with(user(users.loadUserByUsername(tracked.psd())))).andReturn());
		assertThat(casePage.select("#additions").text()).contains("I found the messages he sent in March.");
		assertThat(casePage.select("#messages-link").attr("href")).isEqualTo("/cases/" + tracked.reference() + "/messages");
		assertThat(audit("report.information.added")).hasSize(1);
	}

	@Test
	void changingHowToBeContactedIsCheckedKeptEncryptedAndAuditedWithoutTheDetails() throws Exception {
		MockHttpSession session = TrackedCases.signIn(mvc, tracked);
		Document form = Html.of(mvc.perform(get("/track/contact").session(session)).andReturn());
		assertThat(form.select("#email").val()).isEqualTo("sam@example.org");
		Document invalid = Html.of(mvc.perform(post("/track/contact").session(session).with(csrf())
			.param("channel", "EMAIL").param("email", "not an address").param("leaveMessages", "false")
			.param("safeFrom", "9:00")).andReturn());
		assertThat(invalid.select(".govuk-error-summary").text()).contains("Enter an email address in the correct format",
				"Enter both times");
		assertThat(invalid.title()).startsWith("Error:");

		mvc.perform(post("/track/contact").session(session).with(csrf())
			.param("channel", "PHONE").param("phone", "07700 900982").param("email", "sam@example.org")
			.param("safeTimes", "Weekday mornings").param("leaveMessages", "true")
			.param("safeFrom", "09:30").param("safeUntil", "12:00"))
			.andExpect(redirectedUrl("/track/contact"));
		Contact contact = reports.account(tracked.reference()).orElseThrow().contact();
		assertThat(contact.preferred()).isEqualTo(Contact.ContactChannel.PHONE);
		assertThat(contact.phone()).isEqualTo("07700 900982");
		assertThat(contact.email()).as("the old address does not linger").isNull();
		assertThat(contact.safeFrom()).hasToString("09:30");
		assertThat(contact.safeUntil()).hasToString("12:00");
		assertThat(contact.leaveMessages()).isTrue();
		assertThat(audit("report.contact.changed")).hasSize(1);
		assertThat(jdbc.sql("select detail from audit_entry where subject = :s")
			.param("s", "case " + tracked.reference()).query(String.class).list())
			.allSatisfy(detail -> assertThat(detail).doesNotContain("07700").doesNotContain("sam@example.org"));
	}

	@Test
	void nothingOfAnotherCaseCanBeReached() throws Exception {
		Tracked other = TrackedCases.allocated(mvc, allocations);
		TrackedCases.investigatingForceMayRead(mvc, other);
		MockHttpSession session = TrackedCases.signIn(mvc, tracked);
		mvc.perform(post("/api/cases/{r}/messages", other.reference())
			.header("Authorization", DemoTokens.bearer(mvc, other.psd()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"For the other victim only.\"}"))
			.andExpect(status().isCreated());
		long otherMessage = jdbc.sql("select max(id) from secure_message where reference = :r")
			.param("r", other.reference()).query(Long.class).single();

		for (String page : PAGES) {
			String body = mvc.perform(get(page).session(session).param("reference", other.reference())
				.param("id", String.valueOf(otherMessage))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			assertThat(body).as(page).doesNotContain(other.reference()).doesNotContain("For the other victim only.");
		}
		for (String path : List.of("/track/case/" + other.reference(), "/track/messages/" + otherMessage,
				"/track/" + other.reference())) {
			mvc.perform(get(path).session(session)).andExpect(status().isNotFound());
		}
		mvc.perform(post("/track/messages").session(session).with(csrf()).param("body", "Mine")
			.param("reference", other.reference())).andExpect(redirectedUrl("/track/messages"));
		mvc.perform(multipart("/track/add").param("text", "Mine too").param("reference", other.reference())
			.session(session).with(csrf())).andExpect(redirectedUrl("/track/add"));
		mvc.perform(post("/track/contact").session(session).with(csrf()).param("reference", other.reference())
			.param("channel", "NONE").param("leaveMessages", "false")).andExpect(redirectedUrl("/track/contact"));
		mvc.perform(post("/track/consent").session(session).with(csrf()).param("reference", other.reference())
			.param("withdraw", "SHARING", "ANONYMISED_USE")).andExpect(redirectedUrl("/track/consent/confirm"));
		mvc.perform(post("/track/consent/confirm").session(session).with(csrf()).param("reference", other.reference()))
			.andExpect(redirectedUrl("/track/consent"));

		assertThat(jdbc.sql("select count(*) from secure_message where reference = :r").param("r", other.reference())
			.query(Long.class).single()).as("the other case's messages").isEqualTo(1);
		assertThat(reports.additions(other.reference())).isEmpty();
		assertThat(reports.account(other.reference()).orElseThrow().contact().email()).isEqualTo("sam@example.org");
		var otherConsent = reports.summary(other.reference()).orElseThrow().consent();
		assertThat(otherConsent.shareWithInvestigatingForce()).isTrue();
		assertThat(otherConsent.anonymisedUse()).isTrue();
		assertThat(reports.additions(tracked.reference())).extracting(Reports.Addition::text).containsExactly("Mine too");
		assertThat(reports.summary(tracked.reference()).orElseThrow().consent().shareWithInvestigatingForce()).isFalse();

		mvc.perform(get("/api/cases/{r}/messages", other.reference())
			.header("Authorization", DemoTokens.bearer(mvc, "psd@dyfed-powys.demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStaffSignInAndAVictimsViewNeverShareASession() throws Exception {
		MockHttpSession session = TrackedCases.signIn(mvc, tracked);
		mvc.perform(get("/track/case").session(session).with(user(users.loadUserByUsername("iopc@iopc.demo"))))
			.andExpect(redirectedUrl("/track"));
		mvc.perform(get("/track/case").session(session)).andExpect(redirectedUrl("/track"));
	}

	@Test
	void demoModeOffersTheDemoCaseOnTheSignInPage() throws Exception {
		Document page = Html.of(mvc.perform(get("/track")).andReturn());
		String demo = page.select("#demo-receipt").text();
		assertThat(demo).contains("illustrative", DemoCase.PASSPHRASE);
		String reference = demo.replaceAll(".*(CF-[0-9A-Z]{4}-[0-9A-Z]{4}).*", "$1");
		MockHttpSession session = TrackedCases.signIn(mvc, new Tracked(reference, DemoCase.PASSPHRASE, null));
		mvc.perform(get("/track/case").session(session)).andExpect(status().isOk());
	}

	private String error(String reference, String passphrase) throws Exception {
		Document page = Html.of(mvc
			.perform(post("/track").with(csrf()).param("reference", reference).param("passphrase", passphrase))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.title()).startsWith("Error: Follow your case");
		assertThat(page.select("#passphrase").val()).as("a passphrase is never sent back").isEmpty();
		return page.select(".govuk-error-summary__list").text();
	}

	private List<String> audit(String action) {
		return jdbc.sql("select detail from audit_entry where subject = :s and action = :a")
			.param("s", "case " + tracked.reference())
			.param("a", action)
			.query(String.class)
			.list();
	}

}
