package org.crossforce.foi;

import java.time.LocalDate;
import java.util.List;

import org.crossforce.foi.internal.FoiRecords;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /foi/requests/{id}/reply and POST /api/foi/requests/{id}/steps: what a reply may say, and its files. */
@IntegrationTest
class FoiRequestReplyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FoiRecords records;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusalsWithoutExemptionsIllegalStatesAndFutureDatesAreRefusedBesideTheField() throws Exception {
		LocalDate received = FoiRequestFixtures.today().minusDays(10);
		long id = FoiRequestFixtures.sent(records, "support-demo", "essex", received);
		long theirs = FoiRequestFixtures.sent(records, "other-org", "essex", received);
		mvc.perform(reply(theirs, FoiRequestFixtures.today(), "SUCCESSFUL")).andExpect(status().isNotFound());
		mvc.perform(multipart("/foi/requests/" + id + "/reply").with(csrf())
			.with(user(users.loadUserByUsername("psd@essex.demo")))).andExpect(status().isForbidden());

		assertThat(error(reply(id, FoiRequestFixtures.today(), "REFUSED"), "exemptions"))
			.isEqualTo("Error: Select the exemptions the refusal cites");
		assertThat(error(reply(id, FoiRequestFixtures.today(), "INTERNAL_REVIEW_ANSWERED"), "outcome"))
			.isEqualTo("Error: A request that is Awaiting response cannot become Internal review answered");
		assertThat(error(reply(id, FoiRequestFixtures.today().plusDays(1), "SUCCESSFUL"), "effectiveOnDay"))
			.isEqualTo("Error: The date must be today or in the past");
		assertThat(error(reply(id, received.minusDays(1), "SUCCESSFUL"), "effectiveOnDay"))
			.startsWith("Error: The date must be on or after");
		assertThat(error(reply(id, FoiRequestFixtures.today(), "EXTENDED_PUBLIC_INTEREST"), "extensionDays"))
			.isEqualTo("Error: Enter how many working days the extension adds");
		assertThat(records.steps(id)).hasSize(1);
		assertThat(records.thread(id)).hasSize(1);
	}

	@Test
	void aLongExtensionIsRecordedAndTheClockWarnsAboutIt() throws Exception {
		long id = FoiRequestFixtures.sent(records, "support-demo", "essex", FoiRequestFixtures.today().minusDays(5));
		mvc.perform(reply(id, FoiRequestFixtures.today(), "EXTENDED_PUBLIC_INTEREST").param("extensionDays", "25"))
			.andExpect(redirectedUrl("/foi/requests/" + id));
		assertThat(records.steps(id).get(1).step().extensionDays()).isEqualTo(25);
		Document page = page(id);
		assertThat(page.select(".foi-warning").text())
			.isEqualTo("The extensions add 25 working days, more than the 20 the ICO considers reasonable in all but exceptional cases.");
		assertThat(page.select("#state").text()).isEqualTo("Extended for the public interest test");
	}

	@Test
	void aRefusalWithItsFilesIsRecordedAuditedAndTheFilesDownload() throws Exception {
		long id = FoiRequestFixtures.sent(records, "support-demo", "essex", FoiRequestFixtures.today().minusDays(5));
		long other = FoiRequestFixtures.sent(records, "support-demo", "kent", FoiRequestFixtures.today().minusDays(5));
		MockMultipartFile pdf = new MockMultipartFile("files", "../refusal notice.pdf", "application/pdf",
				"%PDF-1.4 refusal".getBytes());
		MockMultipartFile script = new MockMultipartFile("files", "data.html", "text/html", "<script>".getBytes());
		mvc.perform(reply(id, FoiRequestFixtures.today(), "REFUSED").file(pdf).file(script).param("exemptions", "S12",
				"S40")).andExpect(redirectedUrl("/foi/requests/" + id));

		var step = records.steps(id).get(1);
		assertThat(step.step().state()).isEqualTo(FoiState.REFUSED);
		assertThat(step.step().exemptions()).containsExactlyInAnyOrder(Exemption.S12, Exemption.S40);
		var message = records.message(step.messageId()).orElseThrow();
		assertThat(message.direction()).isEqualTo(FoiRecords.Direction.IN);
		assertThat(message.delivery()).isEqualTo(FoiRecords.Delivery.RECORDED);
		assertThat(message.body()).isEqualTo("We refuse.\nLine two.");
		List<FoiRecords.Attachment> files = records.attachments(id);
		assertThat(files).extracting(FoiRecords.Attachment::filename)
			.containsExactly("refusal notice.pdf", "data.html");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'foi.request.step' and subject = :s")
			.param("s", "foi-request:" + id)
			.query(Long.class)
			.single()).isEqualTo(1);

		Document page = page(id);
		assertThat(page.select("#exemptions li")).extracting(e -> e.text())
			.containsExactly("s.12 cost of compliance", "s.40 personal information");
		assertThat(page.select("#message-" + message.id() + " a[href$=/attachments/" + files.get(0).id() + "]"))
			.hasSize(1);

		mvc.perform(get("/foi/requests/" + id + "/attachments/" + files.get(0).id()).with(advocate()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.startsWith("attachment; filename=")));
		mvc.perform(get("/foi/requests/" + id + "/attachments/" + files.get(1).id()).with(advocate()))
			.andExpect(header().string("Content-Type", "application/octet-stream"));
		mvc.perform(get("/foi/requests/" + other + "/attachments/" + files.get(0).id()).with(advocate()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiRecordsAStepAndNamesTheFieldAtFault() throws Exception {
		long id = FoiRequestFixtures.sent(records, "support-demo", "essex", FoiRequestFixtures.today().minusDays(5));
		String bearer = DemoTokens.bearer(mvc, FoiRequestFixtures.ADVOCATE);
		mvc.perform(post("/api/foi/requests/" + id + "/steps").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"state\":\"REFUSED\",\"effectiveOn\":\"" + FoiRequestFixtures.today() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("exemptions")));
		mvc.perform(post("/api/foi/requests/" + id + "/steps").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"state\":\"SUCCESSFUL\",\"effectiveOn\":\"" + FoiRequestFixtures.today()
					+ "\",\"message\":{\"subject\":\"\",\"body\":\"x\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("message.subject")));
		mvc.perform(post("/api/foi/requests/999999999/steps").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"state\":\"SUCCESSFUL\",\"effectiveOn\":\"" + FoiRequestFixtures.today() + "\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/foi/requests/" + id + "/steps").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"state\":\"SUCCESSFUL\",\"effectiveOn\":\"" + FoiRequestFixtures.today()
					+ "\",\"message\":{\"subject\":\"Your request\",\"body\":\"Here it is\"}}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state", is("SUCCESSFUL")))
			.andExpect(jsonPath("$.messages[1].kind", is("REPLY")))
			.andExpect(jsonPath("$.dueDate").doesNotExist());
	}

	private MockMultipartHttpServletRequestBuilder reply(long id, LocalDate on, String outcome) {
		MockMultipartHttpServletRequestBuilder request = multipart("/foi/requests/" + id + "/reply");
		request.with(csrf())
			.with(advocate())
			.param("effectiveOnDay", String.valueOf(on.getDayOfMonth()))
			.param("effectiveOnMonth", String.valueOf(on.getMonthValue()))
			.param("effectiveOnYear", String.valueOf(on.getYear()))
			.param("outcome", outcome)
			.param("subject", "Your FOI request")
			.param("body", "We refuse.\nLine two.");
		return request;
	}

	private String error(org.springframework.test.web.servlet.RequestBuilder request, String field) throws Exception {
		Document page = Html.of(mvc.perform(request).andExpect(status().isOk()).andReturn());
		assertThat(page.select(".govuk-error-summary a[href=#" + field + "]")).hasSize(1);
		return page.select("#" + field + "-error").text();
	}

	private Document page(long id) throws Exception {
		return Html.of(mvc.perform(get("/foi/requests/" + id).with(advocate())).andReturn());
	}

	private RequestPostProcessor advocate() {
		return user(users.loadUserByUsername(FoiRequestFixtures.ADVOCATE));
	}

}
