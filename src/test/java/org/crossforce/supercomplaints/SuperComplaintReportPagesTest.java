package org.crossforce.supercomplaints;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.crossforce.testing.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The report and response pages: who reaches them, their errors beside the fields, and one report recorded. */
@IntegrationTest
class SuperComplaintReportPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyHmicfrsReachesTheReportFormAndOnlyForAComplaintUnderInvestigation() throws Exception {
		long id = complaint("UNDER_INVESTIGATION");
		mvc.perform(get("/supercomplaints/" + id + "/report")).andExpect(redirectedUrl("/sign-in"));
		for (String other : new String[] { "college@college.demo", "iopc@iopc.demo", "psd@essex.demo",
				"advocate@support.demo" }) {
			mvc.perform(get("/supercomplaints/" + id + "/report").with(user(users.loadUserByUsername(other))))
				.andExpect(status().isForbidden());
		}
		Document form = page("/supercomplaints/" + id + "/report");
		assertThat(form.select("#responseDays").val()).isEqualTo("56");
		assertThat(form.select("textarea[name$=.text]")).hasSize(3);

		long submitted = complaint("SUBMITTED");
		assertThat(page("/supercomplaints/" + submitted + "/report").select("#not-recordable")).hasSize(1);
		mvc.perform(post("/supercomplaints/" + submitted + "/report").with(csrf())
			.with(user(users.loadUserByUsername("inspector@hmicfrs.demo")))
			.param("title", "Report")
			.param("publishedOnDay", "30").param("publishedOnMonth", "6").param("publishedOnYear", "2022")
			.param("url", "https://www.example.org/report")
			.param("recommendations[0].text", "Do better")
			.param("recommendations[0].groups", "COLLEGE"))
			.andExpect(status().isOk());
		assertThat(stage(submitted)).isEqualTo("SUBMITTED");
	}

	@Test
	void theReportFormShowsErrorsBesideTheFieldsThenRecordsTheReport() throws Exception {
		long id = complaint("UNDER_INVESTIGATION");
		String body = mvc.perform(post("/supercomplaints/" + id + "/report").with(csrf())
			.with(user(users.loadUserByUsername("inspector@hmicfrs.demo")))
			.param("title", "Report")
			.param("publishedOnDay", "30").param("publishedOnMonth", "6").param("publishedOnYear", "2022")
			.param("url", "ftp://example.org/report")
			.param("responseDays", "56")
			.param("recommendations[1].text", "Do better"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(body);
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#url");
		assertThat(page.select("#url-error").text()).contains("https://");

		body = mvc.perform(post("/supercomplaints/" + id + "/report").with(csrf())
			.with(user(users.loadUserByUsername("inspector@hmicfrs.demo")))
			.param("title", "Report")
			.param("publishedOnDay", "30").param("publishedOnMonth", "6").param("publishedOnYear", "2022")
			.param("url", "https://www.example.org/report")
			.param("responseDays", "56")
			.param("recommendations[1].text", "Do better"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(body).select(".govuk-error-summary a").eachAttr("href"))
			.containsExactly("#recommendations[1].groups");

		mvc.perform(post("/supercomplaints/" + id + "/report").with(csrf())
			.with(user(users.loadUserByUsername("inspector@hmicfrs.demo")))
			.param("title", "Report")
			.param("publishedOnDay", "30").param("publishedOnMonth", "6").param("publishedOnYear", "2022")
			.param("url", "https://www.example.org/report")
			.param("responseDays", "56")
			.param("recommendations[1].text", "Do better")
			.param("recommendations[1].groups", "IOPC")
			.param("recommendations[1].forces", "Essex Police, kent"))
			.andExpect(redirectedUrl("/supercomplaints/tracker/" + id));
		assertThat(stage(id)).isEqualTo("REPORT_PUBLISHED");
		Document tracker = page("/supercomplaints/tracker/" + id);
		assertThat(tracker.select("#recommendation-1 tbody th[scope=row]").eachText())
			.containsExactly("Essex Police", "Kent Police", "Independent Office for Police Conduct (IOPC)");

		mvc.perform(get("/supercomplaints/" + id + "/responses/record").param("recommendation", "1")
			.param("addressee", "force:kent")
			.with(user(users.loadUserByUsername("psd@essex.demo")))).andExpect(status().isForbidden());
		mvc.perform(get("/supercomplaints/" + id + "/responses/record").param("recommendation", "1")
			.param("addressee", "force:essex")
			.with(user(users.loadUserByUsername("psd@essex.demo")))).andExpect(status().isOk());
		mvc.perform(get("/supercomplaints/" + id + "/responses")
			.with(user(users.loadUserByUsername("advocate@support.demo")))).andExpect(status().isForbidden());
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(users.loadUserByUsername("inspector@hmicfrs.demo"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private long complaint(String stage) {
		String title = "Page test complaint " + UUID.randomUUID();
		jdbc.sql("""
				insert into super_complaint (title, body_code, body_name, stage, created_at, submitted_on)
				values (?, 'test-body', 'Test designated body', ?, ?, ?)""")
			.params(title, stage, Timestamp.from(Instant.now()), LocalDate.of(2021, 1, 11))
			.update();
		return jdbc.sql("select id from super_complaint where title = ?").param(title).query(Long.class).single();
	}

	private String stage(long id) {
		return jdbc.sql("select stage from super_complaint where id = ?").param(id).query(String.class).single();
	}

}
