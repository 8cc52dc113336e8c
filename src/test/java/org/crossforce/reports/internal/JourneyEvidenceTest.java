package org.crossforce.reports.internal;

import org.crossforce.reports.ReportReceipt;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockMultipartHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Evidence files: added one at a time, judged by their content, listed with Remove, at most five, sent with the report. */
@IntegrationTest
class JourneyEvidenceTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };

	/** A Windows executable's first bytes, whatever its name says. */
	static final byte[] EXECUTABLE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPictureIsAddedAndListedWithARemoveButton() throws Exception {
		JourneySteps steps = JourneySteps.victim(mvc);
		Document empty = steps.page("evidence");
		assertThat(empty.select("form[enctype=multipart/form-data]").attr("action")).isEqualTo("/report/evidence");
		assertThat(empty.select(".govuk-drop-zone[data-module=govuk-file-upload] input#file[type=file]")).hasSize(1);
		JourneyWalkTest.assertExitThisPage(empty);

		MvcResult added = steps.upload(steps.evidenceForm().file(file("bruise.png", PNG)), "action", "add");
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/report/evidence");
		Document listed = steps.page("evidence");
		assertThat(listed.select(".govuk-notification-banner--success").text()).contains("bruise.png has been added");
		assertThat(listed.select(".govuk-summary-list__key").eachText()).containsExactly("bruise.png");
		assertThat(listed.select(".govuk-summary-list__value").text()).startsWith("PNG image");
		assertThat(listed.select("form[action=/report/evidence/remove] button").text()).isEqualTo("Remove bruise.png");

		steps.perform(post("/report/evidence/remove").param("file", "0").with(csrf()));
		Document removed = steps.page("evidence");
		assertThat(removed.select(".govuk-summary-list")).isEmpty();
		assertThat(removed.select(".govuk-notification-banner--success").text()).contains("bruise.png has been removed");
	}

	@Test
	void aFileIsJudgedByItsContentNotItsNameAndTheReasonShownBesideTheField() throws Exception {
		JourneySteps steps = JourneySteps.victim(mvc);
		Document refused = Html.of(steps.upload(steps.evidenceForm().file(file("statement.pdf", EXECUTABLE)), "action",
				"add"));
		JourneyValidationTest.assertErrors(refused, "file", "The selected file must be a PDF, JPG, PNG or plain text file");
		assertThat(refused.select(".govuk-form-group--error input.govuk-file-upload--error#file")).hasSize(1);
		assertThat(refused.select(".govuk-summary-list")).as("nothing was added").isEmpty();

		Document emptyFile = Html.of(steps.upload(steps.evidenceForm().file(file("notes.txt", new byte[0])), "action",
				"add"));
		JourneyValidationTest.assertErrors(emptyFile, "file", "The selected file is empty");

		Document nothingChosen = Html.of(steps.upload(steps.evidenceForm(), "action", "add"));
		JourneyValidationTest.assertErrors(nothingChosen, "file", "Select a file to add");

		Document tooLarge = Html.of(steps.upload(
				steps.evidenceForm().file(file("video.png", java.util.Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1))),
				"action", "add"));
		JourneyValidationTest.assertErrors(tooLarge, "file", "The selected file must be smaller than 10 MB");
	}

	@Test
	void atMostFiveFilesCanBeAdded() throws Exception {
		JourneySteps steps = JourneySteps.victim(mvc);
		for (int i = 1; i <= 5; i++) {
			steps.upload(steps.evidenceForm().file(file("photo-" + i + ".png", PNG)), "action", "add");
		}
		Document full = steps.page("evidence");
		assertThat(full.select(".govuk-summary-list__row")).hasSize(5);
		assertThat(full.select("input[type=file]")).as("no room for another").isEmpty();
		assertThat(full.select(".govuk-inset-text").text()).contains("You have added 5 files");
		Document sixth = Html.of(steps.upload(steps.evidenceForm().file(file("photo-6.png", PNG)), "action", "add"));
		JourneyValidationTest.assertErrors(sixth, "file", "You can add up to 5 files");
	}

	@Test
	void anUploadTheContainerRefusesForItsSizeComesBackToTheEvidencePageWithTheReason() throws Exception {
		JourneySteps steps = JourneySteps.victim(mvc);
		MockMultipartHttpServletRequest request = new MockMultipartHttpServletRequest() {

			@Override
			public java.util.Collection<jakarta.servlet.http.Part> getParts() {
				// What Tomcat throws when a file is over spring.servlet.multipart.max-file-size.
				throw new IllegalStateException(new RuntimeException(
						"The field [file] exceeds its maximum permitted size of [10485760] bytes."));
			}

		};
		request.setRequestURI("/report/evidence");
		request.setContentType("multipart/form-data; boundary=x");
		request.setSession(steps.session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		new UploadTooLarge().doFilter(request, response, chain);
		assertThat(response.getRedirectedUrl()).isEqualTo("/report/evidence");
		assertThat(chain.getRequest()).as("the request goes no further").isNull();

		Document page = steps.page("evidence");
		JourneyValidationTest.assertErrors(page, "file", "The selected file must be smaller than 10 MB");

		assertThat(UploadTooLarge.tooLarge(new IllegalStateException("Stream ended unexpectedly"))).isFalse();
	}

	@Test
	void filesAddedAreSentWithTheReport() throws Exception {
		JourneySteps steps = JourneySteps.victim(mvc);
		steps.answerAllAnonymous();
		steps.upload(steps.evidenceForm().file(file("C:\\Users\\me\\Pictures\\bruise.png", PNG)), "action", "add");
		steps.upload(steps.evidenceForm().file(file("messages.txt", "He said no one would listen.".getBytes())),
				"action", "continue");
		Document check = steps.page("check");
		assertThat(check.select(".govuk-summary-list").text()).as("folders the browser sent are dropped")
			.contains("bruise.png", "messages.txt")
			.doesNotContain("Pictures");
		MvcResult sent = steps.perform(post("/report/check").with(csrf()));
		ReportReceipt receipt = (ReportReceipt) sent.getFlashMap().get("receipt");
		assertThat(jdbc.sql("""
				select media_type from evidence_file
				where report_id = (select id from report where reference = :r) order by position""")
			.param("r", receipt.reference())
			.query(String.class)
			.list()).containsExactly("image/png", "text/plain");
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

}
