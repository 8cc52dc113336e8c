package org.crossforce.foi;

import java.time.Instant;

import org.crossforce.foi.internal.FoiRecords;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.foi.FoiDatasetTesting.ADVOCATE;
import static org.crossforce.foi.FoiDatasetTesting.cells;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dataset pages: declaring the dimensions, entering a request's values on the form, the values table and the CSV
 * download, and who may reach them.
 */
@IntegrationTest
class FoiDatasetPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FoiRecords records;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void anotherOrganisationGets404PsdGets403AndAPublishedCampaignIsReadOnly() throws Exception {
		FoiDatasetTesting other = FoiDatasetTesting.campaign(records, jdbc, "other-org", true);
		for (String path : new String[] { "/foi/campaigns/" + other.campaignId() + "/dataset",
				"/foi/campaigns/" + other.campaignId() + "/dataset/values",
				"/foi/campaigns/" + other.campaignId() + "/dataset.csv", "/foi/requests/" + other.requestId() + "/data" }) {
			mvc.perform(get(path).with(user(users.loadUserByUsername(ADVOCATE)))).andExpect(status().isNotFound());
			mvc.perform(get(path).with(user(users.loadUserByUsername("psd@essex.demo"))))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post("/foi/requests/{id}/data", other.requestId()).param("messageId", "" + other.replyId())
			.param("cell-0", "5")
			.with(user(users.loadUserByUsername(ADVOCATE)))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(cells(jdbc, other.requestId())).isEmpty();

		long published = records.insertCampaign("Published figures", "-", "-", "other-org", "someone", Instant.now(),
				true, "Home Office, 2019", "2015-18");
		jdbc.sql("""
				insert into foi_published_figure (campaign_id, area_code, area_name, period, count_value, description)
				values (:c, 'E&W', 'England and Wales', '2015-18', 666, '=cmd, reported cases')
				""").param("c", published).update();
		mvc.perform(get("/foi/campaigns/{id}/dataset", published).with(user(users.loadUserByUsername(ADVOCATE))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/foi/campaigns/{id}/dataset", published).param("name1", "Year").param("allowed1", "2015")
			.with(user(users.loadUserByUsername(ADVOCATE)))
			.with(csrf())).andExpect(status().isForbidden());
		Document values = page("/foi/campaigns/" + published + "/dataset/values");
		assertThat(values.select("#as-published").text()).contains("figures as published")
			.contains("Source: Home Office, 2019");
		assertThat(values.select("#figures tbody td").eachText()).containsExactly("England and Wales", "2015-18", "666",
				"=cmd, reported cases");
		String csv = mvc.perform(get("/api/foi/campaigns/{id}/dataset.csv", published)
			.header("Authorization", DemoTokens.bearer(mvc, ADVOCATE))).andReturn().getResponse().getContentAsString();
		assertThat(csv).isEqualTo("area_code,area_name,period,count,description,source\r\n"
				+ "E&W,England and Wales,2015-18,666,\"'=cmd, reported cases\",\"Home Office, 2019\"\r\n");
	}

	@Test
	void theDeclarationIsValidatedFieldByField() throws Exception {
		FoiDatasetTesting test = FoiDatasetTesting.campaign(records, jdbc, "support-demo", false);
		Document page = Html.of(mvc.perform(post("/foi/campaigns/{id}/dataset", test.campaignId())
			.param("name1", "Year")
			.param("allowed1", "2015-16\n\n2016-17\n2015-16 ")
			.param("name2", "")
			.param("allowed2", "Charged")
			.param("name3", "x".repeat(101))
			.param("allowed3", "A")
			.param("name4", "year")
			.param("allowed4", "y".repeat(101))
			.with(user(users.loadUserByUsername(ADVOCATE)))
			.with(csrf())).andExpect(status().isOk()).andReturn());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"'2015-16' is listed more than once in Year", "Enter a name for dimension 2",
				"The name of dimension 3 must be 100 characters or fewer", "Another dimension is already called 'year'",
				"Each allowed value for year must be 100 characters or fewer");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#allowed1", "#name2",
				"#name3", "#name4", "#allowed4");
		Document empty = Html.of(mvc.perform(post("/foi/campaigns/{id}/dataset", test.campaignId())
			.with(user(users.loadUserByUsername(ADVOCATE)))
			.with(csrf())).andExpect(status().isOk()).andReturn());
		assertThat(empty.select(".govuk-error-summary a").text())
			.isEqualTo("Enter at least one dimension, with its name and allowed values");
		assertThat(jdbc.sql("select name from foi_dataset_dimension where campaign_id = :c order by position")
			.param("c", test.campaignId())
			.query(String.class)
			.list()).containsExactly("Financial year", "Outcome");
	}

	@Test
	void theSuggestedDatasetIsOfferedAndSavedAndLockedOnceAValueIsRecorded() throws Exception {
		FoiDatasetTesting test = FoiDatasetTesting.campaign(records, jdbc, "support-demo", true);
		Document suggested = page("/foi/campaigns/" + test.campaignId() + "/dataset?suggested=true");
		assertThat(suggested.select("#name2").val()).isEqualTo("Role of the accused");
		assertThat(suggested.select("#allowed4").val().strip())
			.isEqualTo("Charged\nConvicted\nNo further action\nMisconduct proven\nDismissed\nOther");
		mvc.perform(post("/foi/campaigns/{id}/dataset", test.campaignId()).param("name1", " Year ")
			.param("allowed1", "2015-16\n2016-17\n\n")
			.param("name3", "Outcome")
			.param("allowed3", "Charged\nOther")
			.with(user(users.loadUserByUsername(ADVOCATE)))
			.with(csrf())).andExpect(redirectedUrl("/foi/campaigns/" + test.campaignId() + "/dataset"));
		assertThat(jdbc.sql("select position || ':' || name || ':' || allowed from foi_dataset_dimension"
				+ " where campaign_id = :c order by position").param("c", test.campaignId()).query(String.class).list())
			.containsExactly("1:Year:2015-16\n2016-17", "2:Outcome:Charged\nOther");
		assertThat(jdbc.sql("select detail from audit_entry where action = 'foi.dataset.declared' and subject = :s")
			.param("s", "foi campaign " + test.campaignId()).query(String.class).single())
			.isEqualTo("Year (2), Outcome (2)");

		mvc.perform(post("/foi/requests/{id}/data", test.requestId()).param("messageId", "" + test.replyId())
			.param("cell-0", "3")
			.with(user(users.loadUserByUsername(ADVOCATE)))
			.with(csrf())).andExpect(status().is3xxRedirection());
		Document locked = page("/foi/campaigns/" + test.campaignId() + "/dataset");
		assertThat(locked.select("#locked").text()).contains("cannot change");
		assertThat(locked.select("form[action$=/dataset], #suggested")).isEmpty();
		Document refused = Html.of(mvc.perform(post("/foi/campaigns/{id}/dataset", test.campaignId())
			.param("name1", "Other")
			.param("allowed1", "A")
			.with(user(users.loadUserByUsername(ADVOCATE)))
			.with(csrf())).andExpect(status().isOk()).andReturn());
		assertThat(refused.select(".govuk-error-summary a").text())
			.isEqualTo("The dimensions cannot change because values have already been recorded from the replies");
		assertThat(jdbc.sql("select count(*) from foi_dataset_dimension where campaign_id = :c and name = 'Year'")
			.param("c", test.campaignId()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aRequestWithoutAReplyExplainsThatOneMustBeRecordedFirst() throws Exception {
		FoiDatasetTesting test = FoiDatasetTesting.campaign(records, jdbc, "support-demo", false);
		Document page = page("/foi/requests/" + test.requestId() + "/data");
		assertThat(page.select("#no-reply a").attr("href")).isEqualTo("/foi/requests/" + test.requestId() + "/reply");
		assertThat(page.select("#cells")).isEmpty();
	}

	@Test
	void theFormWritesAllOrNothingAndTheValuesTableAndCsvShowWhatWasRecorded() throws Exception {
		FoiDatasetTesting test = FoiDatasetTesting.campaign(records, jdbc, "support-demo", true);
		Document form = page("/foi/requests/" + test.requestId() + "/data");
		assertThat(form.select("#cells tbody tr")).hasSize(4);
		assertThat(form.select("label[for=cell-1]").text()).isEqualTo("Value for 2015-16, No further action");
		assertThat(form.select("#cell-1").hasClass("govuk-input--width-5")).isTrue();

		Document refused = Html.of(mvc.perform(post("/foi/requests/{id}/data", test.requestId())
			.param("cell-0", "1,234")
			.param("cell-1", "-1")
			.param("cell-2", "lots")
			.with(user(users.loadUserByUsername(ADVOCATE)))
			.with(csrf())).andExpect(status().isOk()).andReturn());
		assertThat(refused.select(".govuk-error-summary a").eachText()).containsExactly(
				"Choose the reply the values came from",
				"2015-16, No further action: '-1' is negative: a count is a whole number, 0 or more",
				"2016-17, Charged: 'lots' is not a number, nor nil, not held or refused");
		assertThat(refused.select("#cell-0").val()).isEqualTo("1,234");
		assertThat(cells(jdbc, test.requestId())).isEmpty();

		mvc.perform(post("/foi/requests/{id}/data", test.requestId()).param("messageId", "" + test.replyId())
			.param("cell-0", "0")
			.param("cell-1", "Nil")
			.param("cell-2", "n/h")
			.param("cell-3", "exempt")
			.with(user(users.loadUserByUsername(ADVOCATE)))
			.with(csrf())).andExpect(redirectedUrl("/foi/requests/" + test.requestId() + "/data"));
		long reply = test.replyId();
		assertThat(cells(jdbc, test.requestId())).containsExactly("2015-16|Charged||COUNT|0|" + reply,
				"2015-16|No further action||NIL|null|" + reply, "2016-17|Charged||NOT_HELD|null|" + reply,
				"2016-17|No further action||REFUSED|null|" + reply);
		assertThat(jdbc.sql("select detail from audit_entry where action = 'foi.dataset.recorded' and subject = :s")
			.param("s", "foi request " + test.requestId()).query(String.class).single())
			.isEqualTo("4 values changed from reply " + reply);
		assertThat(page("/foi/requests/" + test.requestId() + "/data").select("#cells input").eachAttr("value"))
			.containsExactly("0", "nil", "not held", "refused");

		Document values = page("/foi/campaigns/" + test.campaignId() + "/dataset/values");
		assertThat(values.select("#values td.value").eachText()).containsExactly("0", "nil", "not held", "refused");
		assertThat(values.select("#values a").first().attr("href"))
			.isEqualTo("/foi/requests/" + test.requestId() + "#message-" + reply);
		assertThat(values.select("#totals tbody tr").text()).isEqualTo("Essex Police 0");

		jdbc.sql("update foi_dataset_dimension set allowed = :a where campaign_id = :c and position = 2")
			.param("a", "Charged\n-No further action")
			.param("c", test.campaignId())
			.update();
		jdbc.sql("update foi_dataset_value set dimension_2 = '-No further action' where request_id = :r"
				+ " and dimension_2 = 'No further action'").param("r", test.requestId()).update();
		String csv = mvc.perform(get("/foi/campaigns/{id}/dataset.csv", test.campaignId())
			.with(user(users.loadUserByUsername(ADVOCATE))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"foi-campaign-" + test.campaignId() + "-dataset.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String r = test.requestId() + "," + reply + ",2025-07-01\r\n";
		assertThat(csv).isEqualTo("authority_code,authority_name,Financial year,Outcome,status,count,request_id,"
				+ "reply_message_id,reply_date\r\n" + "essex,Essex Police,2015-16,Charged,COUNT,0," + r
				+ "essex,Essex Police,2015-16,'-No further action,NIL,," + r
				+ "essex,Essex Police,2016-17,Charged,NOT_HELD,," + r
				+ "essex,Essex Police,2016-17,'-No further action,REFUSED,," + r);
	}

	private Document page(String path) throws Exception {
		return Html.of(mvc.perform(get(path).with(user(users.loadUserByUsername(ADVOCATE))))
			.andExpect(status().isOk())
			.andReturn());
	}

}
