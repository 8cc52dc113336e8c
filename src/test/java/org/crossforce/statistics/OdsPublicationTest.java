package org.crossforce.statistics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Writes the tables and notes as an OpenDocument spreadsheet, then opens it as a reader's software would: unzips
 * it, checks the package's shape, parses content.xml and reads every cell back with its type.
 */
class OdsPublicationTest {

	private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

	private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

	private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

	private static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";

	private static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

	private final byte[] ods = OdsPublication.spreadsheet("Notes", OpenDataFixtures.notes(),
			List.of(OpenDataFixtures.byForce(), OpenDataFixtures.byRegion()));

	private final Map<String, byte[]> entries = unzip(ods);

	private final Document content = parse(entries.get("content.xml"));

	@Test
	void theMimetypeComesFirstStoredUncompressedSoTheFileIsRecognisedFromItsFirstBytes() {
		// ZIP local file header: signature, then the compression method at offset 8, the name at 30.
		assertThat(Arrays.copyOf(ods, 4)).isEqualTo(new byte[] { 'P', 'K', 3, 4 });
		assertThat(ods[8] | ods[9] << 8).as("compression method: stored").isZero();
		int nameLength = (ods[26] & 0xFF) | (ods[27] & 0xFF) << 8;
		int extraLength = (ods[28] & 0xFF) | (ods[29] & 0xFF) << 8;
		assertThat(new String(ods, 30, nameLength, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
		assertThat(extraLength).isZero();
		assertThat(new String(ods, 30 + nameLength, MEDIA_TYPE.length(), StandardCharsets.US_ASCII))
			.isEqualTo(MEDIA_TYPE);

		assertThat(entries.keySet()).containsExactly("mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml",
				"meta.xml");
		assertThat(new String(entries.get("mimetype"), StandardCharsets.US_ASCII)).isEqualTo(MEDIA_TYPE);
	}

	@Test
	void theManifestListsEveryPartAndTheMetadataCarriesTheTitle() {
		Document manifest = parse(entries.get("META-INF/manifest.xml"));
		String ns = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
		Map<String, String> files = new LinkedHashMap<>();
		for (Element entry : elements(manifest.getDocumentElement(), ns, "file-entry")) {
			files.put(entry.getAttributeNS(ns, "full-path"), entry.getAttributeNS(ns, "media-type"));
		}
		assertThat(files).containsEntry("/", MEDIA_TYPE)
			.containsEntry("content.xml", "text/xml")
			.containsEntry("styles.xml", "text/xml")
			.containsEntry("meta.xml", "text/xml");

		Document meta = parse(entries.get("meta.xml"));
		assertThat(meta.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0).getTextContent())
			.isEqualTo(OpenDataFixtures.notes().title());
		assertThat(parse(entries.get("styles.xml")).getDocumentElement().getLocalName()).isEqualTo("document-styles");
	}

	@Test
	void theNotesSheetComesFirstThenOneSheetATableInOrder() {
		assertThat(sheets().stream().map(sheet -> sheet.getAttributeNS(TABLE, "name")))
			.containsExactly("Notes", "Table 1", "Table 2");
	}

	@Test
	void theNotesSheetHoldsTheTitleSourcePeriodDateDefinitionsAndLegend() {
		List<List<Cell>> rows = rows(sheets().get(0));

		assertThat(texts(rows)).containsExactly(List.of(OpenDataFixtures.notes().title()),
				List.of("About these statistics"),
				List.of("Source", OpenDataFixtures.message("statistics.download.notes.source.text")),
				List.of("Period", "Financial years, 1 April to 31 March: 2023 to 2024"),
				List.of("Produced on", OpenDataFixtures.PRODUCED_ON), List.of("Definitions"),
				List.of("Reports", OpenDataFixtures.message("statistics.download.notes.reports.text")),
				List.of("Rate per 1,000 employees", OpenDataFixtures.message("statistics.download.notes.rate.text")),
				List.of("Symbols used in the tables"),
				List.of("[c]", OpenDataFixtures.message("statistics.download.notes.symbol.c")),
				List.of("[x]", OpenDataFixtures.message("statistics.download.notes.symbol.x")),
				List.of("[z]", OpenDataFixtures.message("statistics.download.notes.symbol.z")));
		assertThat(isBold(rows.get(0).get(0).style())).as("the title is bold").isTrue();
		assertThat(isBold(rows.get(1).get(0).style())).as("a section heading is bold").isTrue();
	}

	@Test
	void aTableSheetHasItsTitleInA1ThenBoldHeadingsThenTypedCells() {
		Element sheet = sheets().get(1);
		List<List<Cell>> rows = rows(sheet);

		assertThat(rows.get(0)).containsExactly(
				new Cell("string", null, OpenDataFixtures.byForce().title(), "ce-title"));
		assertThat(rows.get(1)).extracting(Cell::text)
			.containsExactly("Force code", "Force", "Reports", "Rate per 1,000 employees", "Change on previous year");
		assertThat(rows.get(1)).allSatisfy(heading -> assertThat(isBold(heading.style())).isTrue());
		Element headerRows = elements(sheet, TABLE, "table-header-rows").get(0);
		assertThat(elements(headerRows, TABLE, "table-row")).as("the headings are the header row").hasSize(1);

		assertThat(rows.get(2)).extracting(Cell::type, Cell::value, Cell::text)
			.containsExactly(tuple("string", null, "E23000001"), tuple("string", null, "Metropolitan Police Service"),
					tuple("float", "1512", "1,512"), tuple("float", "11.8", "11.8"), tuple("float", "-3", "-3"));
		assertThat(decimalPlaces(rows.get(2).get(3).style())).isEqualTo(1);
		assertThat(decimalPlaces(rows.get(5).get(3).style())).isEqualTo(2);
		assertThat(rows.get(5).get(3).value()).isEqualTo("2.25");
	}

	@Test
	void suppressedCellsAreTheSymbolsAsTextNeverANumberOrABlank() {
		List<List<Cell>> rows = rows(sheets().get(1));

		assertThat(rows.get(3)).extracting(Cell::type, Cell::text)
			.containsExactly(tuple("string", "W15000004"), tuple("string", "Dyfed-Powys Police"),
					tuple("string", "[c]"), tuple("string", "[c]"), tuple("string", "[x]"));
		assertThat(rows.get(4).get(4)).extracting(Cell::type, Cell::text).containsExactly("string", "[z]");
		assertThat(rows(sheets().get(2)).get(3)).extracting(Cell::type, Cell::text)
			.containsExactly(tuple("string", "Wales"), tuple("string", "[c]"));
	}

	@Test
	void textComesBackExactlyEscapedLinesSpacesAndFormulasIncluded() {
		List<List<Cell>> rows = rows(sheets().get(1));

		assertThat(rows.get(4).get(1).text()).isEqualTo(OpenDataFixtures.AWKWARD);
		assertThat(rows.get(5).get(1).text()).as("a string cell, not a formula").isEqualTo(OpenDataFixtures.FORMULA);
		assertThat(rows.get(6).get(1).text()).isEqualTo(OpenDataFixtures.TWO_LINES);
		assertThat(rows.get(7).get(1).text()).isEqualTo(OpenDataFixtures.SPACED);
		assertThat(content.getElementsByTagNameNS(TABLE, "table-cell")).satisfies(cells -> {
			for (int i = 0; i < cells.getLength(); i++) {
				Element cell = (Element) cells.item(i);
				assertThat(cell.hasAttributeNS(TABLE, "formula")).isFalse();
				assertThat(cell.hasAttributeNS(TABLE, "number-columns-spanned")).as("no merged cells").isFalse();
			}
		});
	}

	@Test
	void everyRowOfATableIsFullAndEveryColumnHasAWidth() {
		for (Element sheet : sheets().subList(1, 3)) {
			List<List<Cell>> rows = rows(sheet);
			int columns = rows.get(1).size();
			assertThat(rows.subList(1, rows.size())).as("no blank rows or cells inside the table")
				.allSatisfy(row -> assertThat(row).hasSize(columns).allSatisfy(cell -> assertThat(cell.text()).isNotEmpty()));
			List<Element> columnElements = elements(sheet, TABLE, "table-column");
			assertThat(columnElements).hasSize(columns);
			for (Element column : columnElements) {
				String width = styleProperty(column.getAttributeNS(TABLE, "style-name"), "table-column-properties",
						"column-width");
				assertThat(Double.parseDouble(width.replace("cm", ""))).isBetween(2.0, 12.0);
			}
		}
	}

	@Test
	void theSameTablesGiveTheSameBytesWithFixedEntryTimes() throws IOException {
		byte[] again = OdsPublication.spreadsheet("Notes", OpenDataFixtures.notes(),
				List.of(OpenDataFixtures.byForce(), OpenDataFixtures.byRegion()));

		assertThat(again).isEqualTo(ods);
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
			}
		}
	}

	@Test
	void sheetNamesMustBeOnesASpreadsheetAcceptsAndDiffer() {
		assertThatIllegalArgumentException().isThrownBy(() -> OdsPublication.spreadsheet("table 1",
				OpenDataFixtures.notes(), List.of(OpenDataFixtures.byForce())));
		assertThatIllegalArgumentException().isThrownBy(
				() -> OdsPublication.spreadsheet("Notes: read first", OpenDataFixtures.notes(), List.of()));
	}

	// --- reading the spreadsheet back ---

	record Cell(String type, String value, String text, String style) {
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	private List<Element> sheets() {
		Element spreadsheet = elements(content.getDocumentElement(), OFFICE, "spreadsheet").get(0);
		return elements(spreadsheet, TABLE, "table");
	}

	private static List<List<Cell>> rows(Element sheet) {
		List<List<Cell>> rows = new ArrayList<>();
		for (Element row : elements(sheet, TABLE, "table-row")) {
			List<Cell> cells = new ArrayList<>();
			for (Element cell : elements(row, TABLE, "table-cell")) {
				String type = cell.hasAttributeNS(OFFICE, "value-type") ? cell.getAttributeNS(OFFICE, "value-type") : null;
				String value = cell.hasAttributeNS(OFFICE, "value") ? cell.getAttributeNS(OFFICE, "value") : null;
				String style = cell.hasAttributeNS(TABLE, "style-name") ? cell.getAttributeNS(TABLE, "style-name") : null;
				int repeated = cell.hasAttributeNS(TABLE, "number-columns-repeated")
						? Integer.parseInt(cell.getAttributeNS(TABLE, "number-columns-repeated")) : 1;
				for (int i = 0; i < repeated; i++) {
					cells.add(new Cell(type, value, text(cell), style));
				}
			}
			rows.add(cells);
		}
		return rows;
	}

	private static List<List<String>> texts(List<List<Cell>> rows) {
		return rows.stream().map(row -> row.stream().map(Cell::text).toList()).toList();
	}

	/**
	 * A cell's text as ODF defines it (ODF 1.3 part 3, 6.1.2): its paragraphs joined by line breaks; in each, white
	 * space in the text collapsed to one space and dropped at the paragraph's start, text:s and text:tab expanded.
	 */
	private static String text(Element cell) {
		List<String> paragraphs = new ArrayList<>();
		for (Element paragraph : elements(cell, TEXT, "p")) {
			StringBuilder text = new StringBuilder();
			NodeList children = paragraph.getChildNodes();
			for (int i = 0; i < children.getLength(); i++) {
				Node child = children.item(i);
				if (child.getNodeType() == Node.TEXT_NODE) {
					String collapsed = child.getNodeValue().replaceAll("[ \t\r\n]+", " ");
					boolean afterSpace = text.isEmpty() || text.charAt(text.length() - 1) == ' ';
					text.append(afterSpace && collapsed.startsWith(" ") ? collapsed.substring(1) : collapsed);
				}
				else if ("s".equals(child.getLocalName())) {
					Element space = (Element) child;
					text.append(" ".repeat(space.hasAttributeNS(TEXT, "c")
							? Integer.parseInt(space.getAttributeNS(TEXT, "c")) : 1));
				}
				else if ("tab".equals(child.getLocalName())) {
					text.append('\t');
				}
			}
			paragraphs.add(text.toString());
		}
		return String.join("\n", paragraphs);
	}

	private Element automaticStyle(String name) {
		for (Element style : elements(content.getDocumentElement(), STYLE, "style")) {
			if (style.getAttributeNS(STYLE, "name").equals(name)) {
				return style;
			}
		}
		throw new AssertionError("No style " + name);
	}

	private boolean isBold(String styleName) {
		return "bold".equals(styleProperty(styleName, "text-properties", "font-weight"));
	}

	private String styleProperty(String styleName, String properties, String attribute) {
		Element props = elements(automaticStyle(styleName), STYLE, properties).get(0);
		String namespace = attribute.equals("column-width") ? STYLE : FO;
		return props.getAttributeNS(namespace, attribute);
	}

	private int decimalPlaces(String cellStyle) {
		String dataStyle = automaticStyle(cellStyle).getAttributeNS(STYLE, "data-style-name");
		for (Element numberStyle : elements(content.getDocumentElement(), NUMBER, "number-style")) {
			if (numberStyle.getAttributeNS(STYLE, "name").equals(dataStyle)) {
				return Integer.parseInt(elements(numberStyle, NUMBER, "number").get(0)
					.getAttributeNS(NUMBER, "decimal-places"));
			}
		}
		throw new AssertionError("No number style " + dataStyle);
	}

	private static List<Element> elements(Element parent, String namespace, String localName) {
		NodeList nodes = parent.getElementsByTagNameNS(namespace, localName);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	private static Map<String, byte[]> unzip(byte[] bytes) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		return entries;
	}

	private static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed XML", ex);
		}
	}

}
