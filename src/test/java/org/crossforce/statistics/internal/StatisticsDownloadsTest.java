package org.crossforce.statistics.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.crossforce.statistics.Measure;
import org.crossforce.statistics.OdsPublication;
import org.crossforce.testing.Html;
import org.crossforce.testing.Csv;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statistics downloads, fetched without signing in and opened as a reader's software would: the CSV split into
 * lines and fields, the spreadsheet unzipped and its content.xml read cell by cell. The fixture is cases reported in
 * financial year 2007-08, which no other test uses, as StatisticsApiTest's: Cumbria's 2 are a [c], and Greater
 * Manchester's with them; the Metropolitan Police's 7, five of them with a first decision after 3 to 7 working days,
 * are shown; one synthetic case in Greater Manchester makes the notes say so.
 */
@IntegrationTest
class StatisticsDownloadsTest {

	static final int YEAR = 2007;

	static final String PERIOD = "2007-08";

	private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	/** Words only the published FOI figures carry, which must never be in a file of live figures. */
	private static final List<String> PUBLISHED_ONLY = List.of("Centre for Women's Justice", "super-complaint");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatisticsTables tables;

	private int next;

	@BeforeEach
	void fixture() {
		jdbc.sql("delete from statistics_case where reference like 'TST-DL-%'").update();
		cases("greater-manchester", 10, 6, false);
		cases("greater-manchester", 1, 0, true);
		cases("cumbria", 2, 2, false);
		cases("metropolitan", 7, 5, false);
		cases("btp", 6, 0, false);
		cases("ministry-of-defence", 5, 0, false);
		tables.forget();
	}

	private void cases(String force, int count, int withFirstDecision, boolean synthetic) {
		for (int i = 0; i < count; i++) {
			boolean decided = i < withFirstDecision;
			jdbc.sql("""
					insert into statistics_case (reference, synthetic, financial_year, reported_on, employing_force,
					  first_decision_on, first_decision_working_days)
					values (:reference, :synthetic, :year, :reported, :force, :decided, :days)
					""")
				.param("reference", "TST-DL-" + (++next) + "-" + force.substring(0, 3))
				.param("synthetic", synthetic)
				.param("year", YEAR)
				.param("reported", Date.valueOf(LocalDate.of(YEAR, 9, 4)))
				.param("force", force)
				.param("decided", decided ? Date.valueOf(LocalDate.of(YEAR, 9, 20)) : null)
				.param("days", decided ? 3 + i : null)
				.update();
		}
	}

	MvcResult download(String url, String contentType, String filename) throws Exception {
		MvcResult result = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo(contentType);
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"" + filename + "\"");
		return result;
	}

	// --- live figures ---

	@Test
	void theLiveSpreadsheetHasANotesSheetFirstThenATableAMeasureAndTheMedian() throws Exception {
		Map<String, List<List<String>>> sheets = spreadsheet(download("/statistics/live.ods?year=" + PERIOD,
				OdsPublication.MEDIA_TYPE, "crossforce-live-statistics-2007-08.ods"));

		assertThat(sheets.keySet()).hasSize(Measure.values().length + 2).startsWith("Notes", "Table 1");
		List<List<String>> reports = sheets.get("Table 1");
		assertThat(reports.get(0).get(0)).isEqualTo("Table 1: Reports by force, region and England and Wales, "
				+ "April 2007 to March 2008 (financial year 2007-08)");
		assertThat(reports.get(1)).containsExactly("Area code", "Area name", "Area type", "Count",
				"Rate per 1,000 workforce");
		assertThat(row(reports, "metropolitan")).containsExactly("metropolitan", "Metropolitan Police Service",
				"Force", "7", "0.2");
		assertThat(row(reports, "cumbria")).containsExactly("cumbria", "Cumbria Constabulary", "Force", "[c]", "[c]");
		assertThat(row(reports, "london").get(2)).isEqualTo("Region");
		assertThat(reports.get(reports.size() - 1)).startsWith("england-and-wales", "England and Wales",
				"England and Wales");

		List<List<String>> median = sheets.get("Table " + (Measure.values().length + 1));
		assertThat(median.get(1)).containsExactly("Area code", "Area name", "Area type",
				"Median working days to first decision");
		// 3, 4, 5, 6, 7 working days
		assertThat(row(median, "metropolitan").get(3)).isEqualTo("5.0");
		assertThat(row(median, "cumbria").get(3)).isEqualTo("[c]");
	}

	@Test
	void figuresAreNumbersASpreadsheetCanComputeWithAndSymbolsAreText() throws Exception {
		List<List<String>> types = spreadsheet(mvc.perform(get("/statistics/live.ods?year=" + PERIOD)).andReturn(),
				true).get("Table 1");
		List<List<String>> texts = spreadsheet(mvc.perform(get("/statistics/live.ods?year=" + PERIOD)).andReturn())
			.get("Table 1");
		int metropolitan = texts.indexOf(row(texts, "metropolitan"));
		int cumbria = texts.indexOf(row(texts, "cumbria"));
		assertThat(types.get(metropolitan)).containsExactly("string", "string", "string", "float", "float");
		assertThat(types.get(cumbria)).containsExactly("string", "string", "string", "string", "string");
	}

	@Test
	void theLiveNotesSaySourcePeriodProducedDateDefinitionsAndSymbols() throws Exception {
		List<List<String>> notes = spreadsheet(download("/statistics/live.ods?year=" + PERIOD,
				OdsPublication.MEDIA_TYPE, "crossforce-live-statistics-2007-08.ods")).get("Notes");
		Map<String, String> terms = new LinkedHashMap<>();
		notes.stream().filter(row -> row.size() == 2).forEach(row -> terms.put(row.get(0), row.get(1)));

		assertThat(terms.get("Source")).startsWith("The service's own cases: live figures")
			.contains("aggregated")
			.contains("disclosure control");
		assertThat(terms.get("Period")).isEqualTo("April 2007 to March 2008 (financial year 2007-08)");
		assertThat(terms.get("Produced on")).matches("\\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{1,2}:\\d{2}(am|pm)");
		assertThat(terms.get("Workforce")).contains("officers, police staff").contains("PCSOs")
			.contains("31 March 2018")
			.contains("Home Office");
		assertThat(terms.get("Disclosure control")).contains("Counts from 1 to 4 are not shown");
		assertThat(terms.get("Synthetic data")).contains("synthetic cases");
		assertThat(terms).containsEntry("Reports", "Cases reported, counted in the financial year they were reported.")
			.containsKeys("Charged", "With a first key decision", "Victims' Code duties met on time",
					"Rate per 1,000 workforce", "Median working days to first decision")
			.containsEntry("[c]", "[c] confidential: a count from 1 to 4, or a figure that would reveal one")
			.containsKeys("[x]", "[z]");
	}

	@Test
	void oneMeasuresTableAsCsvIsTheSameTableAlone() throws Exception {
		List<List<String>> lines = csv(download("/statistics/live.csv?year=" + PERIOD + "&measure=charged",
				"text/csv;charset=UTF-8", "crossforce-live-statistics-2007-08-charged.csv"));
		assertThat(lines.get(0)).containsExactly("Area code", "Area name", "Area type", "Count",
				"Rate per 1,000 workforce");
		assertThat(lines).hasSize(1 + 46 + 12 + 1);

		List<List<String>> reports = csv(download("/statistics/live.csv?year=" + PERIOD, "text/csv;charset=UTF-8",
				"crossforce-live-statistics-2007-08-reports.csv"));
		assertThat(row(reports, "metropolitan")).containsExactly("metropolitan", "Metropolitan Police Service",
				"Force", "7", "0.2");
		assertThat(row(reports, "cumbria")).containsExactly("cumbria", "Cumbria Constabulary", "Force", "[c]", "[c]");
		assertThat(row(reports, "btp").get(3)).isEqualTo("6");
		assertThat(row(reports, "greater-manchester").get(3)).isEqualTo("[c]");
	}

	@Test
	void theLiveNotesAsCsvCarryTheSameNotes() throws Exception {
		List<List<String>> notes = csv(download("/statistics/live-notes.csv?year=" + PERIOD,
				"text/csv;charset=UTF-8", "crossforce-live-statistics-2007-08-notes.csv"));
		assertThat(notes.get(0)).containsExactly("section", "term", "description");
		assertThat(notes).contains(List.of("about", "Period", "April 2007 to March 2008 (financial year 2007-08)"),
				List.of("definition", "Reports", "Cases reported, counted in the financial year they were reported."),
				List.of("symbol", "[c]", "[c] confidential: a count from 1 to 4, or a figure that would reveal one"));
		assertThat(notes).anyMatch(row -> row.get(1).equals("Source") && row.get(2).startsWith("The service's own"))
			.anyMatch(row -> row.get(1).equals("Produced on"));
	}

	@Test
	void everyYearAtOnceCanBeDownloaded() throws Exception {
		Map<String, List<List<String>>> sheets = spreadsheet(download("/statistics/live.ods?year=all",
				OdsPublication.MEDIA_TYPE, "crossforce-live-statistics-all.ods"));
		assertThat(sheets.get("Notes")).anyMatch(row -> row.get(0).equals("Period")
				&& row.get(1).startsWith("Every financial year"));
	}

	@Test
	void theLiveFilesNeverHoldThePublishedFigures() throws Exception {
		String ods = contentXml(mvc.perform(get("/statistics/live.ods?year=all")).andReturn());
		String csv = mvc.perform(get("/statistics/live.csv?year=all")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String notes = mvc.perform(get("/statistics/live-notes.csv?year=all")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		for (String published : PUBLISHED_ONLY) {
			assertThat(ods).doesNotContain(published);
			assertThat(csv).doesNotContain(published);
			assertThat(notes).doesNotContain(published);
		}
	}

	// --- published figures ---

	@Test
	void thePublishedFiguresComeAsPublishedWithTheirSourceAndPeriodAndNoLiveFigures() throws Exception {
		List<List<String>> figures = csv(download("/statistics/published.csv", "text/csv;charset=UTF-8",
				"crossforce-published-statistics.csv"));
		assertThat(figures.get(0)).containsExactly("Campaign number", "Area code", "Area name", "Period", "Count",
				"What was counted", "Source");
		assertThat(figures).anyMatch(row -> row.get(1).equals("greater-manchester") && row.get(4).equals("79")
				&& row.get(6).contains("Centre for Women's Justice") && !row.get(3).isBlank());
		assertThat(figures).noneMatch(row -> row.contains("[c]") || row.contains("london") || row.contains("Force"));

		Map<String, List<List<String>>> sheets = spreadsheet(download("/statistics/published.ods",
				OdsPublication.MEDIA_TYPE, "crossforce-published-statistics.ods"));
		assertThat(sheets.keySet()).containsExactly("Notes", "Published figures");
		assertThat(sheets.get("Published figures")).anyMatch(row -> row.contains("greater-manchester")
				&& row.contains("79"));
		String notes = String.valueOf(sheets.get("Notes"));
		assertThat(notes).contains("Freedom of Information").contains("not suppressed again")
			.contains("never added to the service's own figures")
			.doesNotContain("The service's own cases");

		List<List<String>> notesCsv = csv(download("/statistics/published-notes.csv", "text/csv;charset=UTF-8",
				"crossforce-published-statistics-notes.csv"));
		assertThat(notesCsv).anyMatch(row -> row.get(0).equals("about") && row.get(1).equals("Source"))
			.anyMatch(row -> row.get(0).equals("about") && row.get(1).equals("Period"))
			.noneMatch(row -> row.get(2).contains("live figures"));
	}

	// --- refusals and links ---

	@Test
	void aYearOrMeasureNotAmongTheChoicesIsABadRequestWithAPageSayingWhy() throws Exception {
		for (String url : List.of("/statistics/live.ods?year=2024-26", "/statistics/live.csv?year=2024-26",
				"/statistics/live-notes.csv?year=2024-26", "/statistics/live.csv?measure=SALARY",
				"/statistics/live.ods?year=1999-00")) {
			MvcResult result = mvc.perform(get(url)).andExpect(status().isBadRequest()).andReturn();
			Document page = Html.of(result);
			assertThat(page.select("main h1").text()).as(url).isEqualTo("These figures cannot be downloaded");
			assertThat(page.select("main p").first().text()).as(url).containsAnyOf("2024-26", "SALARY", "1999-00");
		}
	}

	@Test
	void theStatisticsPagesLinkToTheDownloadsSayingWhatAndWhichFormat() throws Exception {
		Document national = Html.of(mvc.perform(get("/statistics?measure=CHARGED&year=" + PERIOD))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(national.select("#downloads ~ ul a.govuk-link").eachText()).containsExactly(
				"All live figures for 2007-08 (ODS spreadsheet)", "Charged, 2007-08 (CSV)",
				"Notes for the live figures for 2007-08: source, period, definitions and symbols (CSV)",
				"Published Freedom of Information figures (ODS spreadsheet)",
				"Published Freedom of Information figures (CSV)",
				"Notes for the published figures: source, period and definitions (CSV)");
		assertThat(national.select("#downloads ~ ul a.govuk-link").eachAttr("href")).containsExactly(
				"/statistics/live.ods?year=2007-08", "/statistics/live.csv?year=2007-08&measure=CHARGED",
				"/statistics/live-notes.csv?year=2007-08", "/statistics/published.ods", "/statistics/published.csv",
				"/statistics/published-notes.csv");

		Document force = Html.of(mvc.perform(get("/statistics/forces/cumbria?year=" + PERIOD))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(force.select("a[href='/statistics/live.ods?year=2007-08']").text())
			.contains("(ODS spreadsheet)");
	}

	@Test
	void theFirstDecisionTablesShowTheMedianBesideTheCount() throws Exception {
		Document page = Html.of(mvc.perform(get("/statistics?measure=FIRST_DECISION_TAKEN&year=" + PERIOD))
			.andExpect(status().isOk())
			.andReturn());
		org.jsoup.nodes.Element forces = page.select("table").stream()
			.filter(table -> table.select("caption").text().equals("By force, " + PERIOD))
			.findFirst()
			.orElseThrow();
		assertThat(forces.select("thead th").eachText()).containsExactly("Force", "Count", "Rate per 1,000 workforce",
				"Median working days to first decision");
		assertThat(forces.select("tbody tr").stream()
			.filter(row -> row.selectFirst("th").text().equals("Metropolitan Police Service"))
			.findFirst()
			.orElseThrow()
			.select("td")
			.eachText()).containsExactly("5", "0.1", "5.0");

		Document reports = Html.of(mvc.perform(get("/statistics?measure=REPORTS&year=" + PERIOD)).andReturn());
		assertThat(reports.select("th").eachText()).doesNotContain("Median working days to first decision");
	}

	// --- reading the files back ---

	private static List<String> row(List<List<String>> rows, String code) {
		return rows.stream()
			.filter(row -> !row.isEmpty() && row.get(0).equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row " + code));
	}

	/** The CSV's records, after checking it starts with the byte order mark and ends its lines CRLF. */
	private static List<List<String>> csv(MvcResult result) {
		return Csv.read(result.getResponse().getContentAsByteArray());
	}

	/** Each sheet's name and its rows of cell texts as shown, in order. */
	private static Map<String, List<List<String>>> spreadsheet(MvcResult result) throws Exception {
		return spreadsheet(result, false);
	}

	/** Each sheet's name and its rows of cell texts as shown, or of the cells' value types ("float", "string"). */
	private static Map<String, List<List<String>>> spreadsheet(MvcResult result, boolean types) throws Exception {
		org.w3c.dom.Document content = DocumentBuilderFactory.newDefaultNSInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(contentXml(result).getBytes(StandardCharsets.UTF_8)));
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		Element spreadsheet = elements(content.getDocumentElement(), OFFICE, "spreadsheet").get(0);
		for (Element sheet : elements(spreadsheet, TABLE, "table")) {
			List<List<String>> rows = new ArrayList<>();
			for (Element row : elements(sheet, TABLE, "table-row")) {
				List<String> cells = new ArrayList<>();
				for (Element cell : elements(row, TABLE, "table-cell")) {
					cells.add(types ? cell.getAttributeNS(OFFICE, "value-type") : cell.getTextContent());
				}
				rows.add(cells);
			}
			sheets.put(sheet.getAttributeNS(TABLE, "name"), rows);
		}
		return sheets;
	}

	private static String contentXml(MvcResult result) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("content.xml")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("No content.xml");
	}

	private static List<Element> elements(Element parent, String namespace, String localName) {
		NodeList nodes = parent.getElementsByTagNameNS(namespace, localName);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

}
