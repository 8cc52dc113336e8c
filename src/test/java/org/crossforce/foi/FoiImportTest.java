package org.crossforce.foi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.crossforce.foi.internal.FoiRecords;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.foi.FoiDatasetTesting.ADVOCATE;
import static org.crossforce.foi.FoiDatasetTesting.cells;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /foi/requests/{id}/data/import: a file is uploaded with its reply, its columns mapped, and every row checked before
 * anything is written.
 */
@IntegrationTest
class FoiImportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FoiRecords records;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void anotherOrganisationGets404AndPsdGets403() throws Exception {
		FoiDatasetTesting other = FoiDatasetTesting.campaign(records, jdbc, "other-org", true);
		mvc.perform(get("/foi/requests/{id}/data/import", other.requestId()).with(user(users.loadUserByUsername(ADVOCATE))))
			.andExpect(status().isNotFound());
		mvc.perform(upload(other, "a.csv", csv("Year,Outcome,Count\n2015-16,Charged,1\n")))
			.andExpect(status().isNotFound());
		assertThat(cells(jdbc, other.requestId())).isEmpty();
		mvc.perform(get("/foi/requests/{id}/data/import", other.requestId())
			.with(user(users.loadUserByUsername("psd@essex.demo")))).andExpect(status().isForbidden());
	}

	@Test
	void badRowsImportNothingAndTheErrorsNameRowAndColumn() throws Exception {
		FoiDatasetTesting test = FoiDatasetTesting.campaign(records, jdbc, "support-demo", true);
		MockHttpSession session = new MockHttpSession();
		String mapping = uploaded(test, session, "bad.csv", csv("""
				Year,Outcome,Count
				2015-16,Charged,4
				2015-16,Chargd,1
				2016-17,Charged,-2
				2016-17,No further action,1.5
				2015-16,charged,6
				"""));
		Document page = Html.of(map(test, session, mapping, "0", "1", "2").andExpect(status().isOk()).andReturn());
		assertThat(page.select("#row-problems li").eachText()).containsExactly(
				"Row 3, column 'Outcome': 'Chargd' is not one of the allowed values: Charged, No further action",
				"Row 4, column 'Count': '-2' is negative: a count is a whole number, 0 or more",
				"Row 5, column 'Count': '1.5' is not a whole number",
				"Row 6: the cell 2015-16, Charged is already given in row 2");
		assertThat(cells(jdbc, test.requestId())).isEmpty();
	}

	@Test
	void aMappingWithoutTheValueColumnIsRefusedBesideTheField() throws Exception {
		FoiDatasetTesting test = FoiDatasetTesting.campaign(records, jdbc, "support-demo", true);
		MockHttpSession session = new MockHttpSession();
		String mapping = uploaded(test, session, "a.csv", csv("Year,Outcome,Count\n2015-16,Charged,4\n"));
		Document page = Html.of(map(test, session, mapping, "0", "1", "").andExpect(status().isOk()).andReturn());
		assertThat(page.select(".govuk-error-summary a[href=#value]").text())
			.isEqualTo("Choose the column that holds the value");
		assertThat(cells(jdbc, test.requestId())).isEmpty();
	}

	@Test
	void aHugeFileTooManyRowsAndACorruptWorkbookAreRefusedWithTheReason() throws Exception {
		FoiDatasetTesting test = FoiDatasetTesting.campaign(records, jdbc, "support-demo", true);
		byte[] huge = new byte[2 * 1024 * 1024 + 10];
		java.util.Arrays.fill(huge, (byte) 'a');
		assertThat(refusal(test, "huge.csv", huge)).isEqualTo("The file must be smaller than 2 MB");
		StringBuilder rows = new StringBuilder("Year,Outcome,Count\n");
		for (int i = 0; i < 10_001; i++) {
			rows.append("2015-16,Charged,1\n");
		}
		assertThat(refusal(test, "rows.csv", csv(rows.toString())))
			.isEqualTo("The file has more than 10,000 rows. Split it, or remove the rows that are not needed.");
		assertThat(refusal(test, "reply.xlsx", "%PDF-1.4 not a workbook".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("The file is not a valid Excel workbook (XLSX). Save it as XLSX or CSV and upload it again.");
		assertThat(refusal(test, "reply.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8 }))
			.isEqualTo("The file is not a valid Excel workbook (XLSX). Save it as XLSX or CSV and upload it again.");
		assertThat(cells(jdbc, test.requestId())).isEmpty();
	}

	@Test
	void aGoodCsvIsImportedInTheDeclaredSpellingWithTheReply() throws Exception {
		FoiDatasetTesting test = FoiDatasetTesting.campaign(records, jdbc, "support-demo", true);
		MockHttpSession session = new MockHttpSession();
		String mapping = uploaded(test, session, "good.csv", csv("""
				\uFEFFCount,outcome,Financial year
				"1,204",charged ,2015-16
				nil,No Further Action,2015-16
				0,Charged,2016-17
				not held,No further action,2016-17
				,Charged,2017-18
				"""));
		Document page = Html.of(mvc.perform(get(mapping).session(session).with(user(users.loadUserByUsername(ADVOCATE))))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select("#dimension1 option[selected]").text()).isEqualTo("Financial year");
		assertThat(page.select("#dimension2 option[selected]").text()).isEqualTo("outcome");
		map(test, session, mapping, "2", "1", "0").andExpect(redirectedUrl("/foi/requests/" + test.requestId() + "/data"));
		long reply = test.replyId();
		assertThat(cells(jdbc, test.requestId())).containsExactly("2015-16|Charged||COUNT|1204|" + reply,
				"2015-16|No further action||NIL|null|" + reply, "2016-17|Charged||COUNT|0|" + reply,
				"2016-17|No further action||NOT_HELD|null|" + reply);
		assertThat(jdbc.sql("select detail from audit_entry where action = 'foi.dataset.imported' and subject = :s")
			.param("s", "foi request " + test.requestId())
			.query(String.class)
			.single()).isEqualTo("4 values from reply " + reply + " (file good.csv)");
		mvc.perform(get(mapping).session(session).with(user(users.loadUserByUsername(ADVOCATE))))
			.andExpect(redirectedUrl("/foi/requests/" + test.requestId() + "/data/import"));
	}

	@Test
	void aGoodXlsxIsImported() throws Exception {
		FoiDatasetTesting test = FoiDatasetTesting.campaign(records, jdbc, "support-demo", true);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "Test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Figures");
			String[][] rows = { { "Financial year", "Outcome", "Number" }, { "2015-16", "Charged", null },
					{ "2016-17", "no further action", "refused" } };
			for (int r = 0; r < rows.length; r++) {
				for (int c = 0; c < 3; c++) {
					if (rows[r][c] != null) {
						sheet.value(r, c, rows[r][c]);
					}
				}
			}
			sheet.value(1, 2, 7);
		}
		MockHttpSession session = new MockHttpSession();
		String mapping = uploaded(test, session, "figures.xlsx", out.toByteArray());
		map(test, session, mapping, "0", "1", "2").andExpect(status().is3xxRedirection());
		assertThat(cells(jdbc, test.requestId())).containsExactly("2015-16|Charged||COUNT|7|" + test.replyId(),
				"2016-17|No further action||REFUSED|null|" + test.replyId());
	}

	private String refusal(FoiDatasetTesting test, String name, byte[] content) throws Exception {
		Document page = Html.of(mvc.perform(upload(test, name, content)).andExpect(status().isOk()).andReturn());
		return page.select("#file-error span:not(.govuk-visually-hidden)").text();
	}

	private String uploaded(FoiDatasetTesting test, MockHttpSession session, String name, byte[] content)
			throws Exception {
		MvcResult result = mvc.perform(upload(test, name, content).session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
			FoiDatasetTesting test, String name, byte[] content) {
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
				"/foi/requests/{id}/data/import", test.requestId())
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("messageId", String.valueOf(test.replyId()))
			.with(user(users.loadUserByUsername(ADVOCATE)))
			.with(csrf());
	}

	private org.springframework.test.web.servlet.ResultActions map(FoiDatasetTesting test, MockHttpSession session,
			String mapping, String year, String outcome, String value) throws Exception {
		return mvc.perform(post(mapping).session(session)
			.param("dimension1", year)
			.param("dimension2", outcome)
			.param("value", value)
			.with(user(users.loadUserByUsername(ADVOCATE)))
			.with(csrf()));
	}

	private static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
