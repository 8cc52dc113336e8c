package org.crossforce.supercomplaints.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crossforce.supercomplaints.internal.PackContent.CaseStudy;
import org.crossforce.supercomplaints.internal.PackContent.Evidence;
import org.crossforce.supercomplaints.internal.PackContent.FrozenTable;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence pack opens, holds every evidence item numbered with its figures, text and source, breaks a long table
 * across pages with its headings repeated, and is the same document every time it is made from the same version.
 * A plain test: the template engine is built here as Spring Boot builds it, without the application.
 */
class EvidencePackTest {

	static final Instant SAVED = Instant.parse("2026-11-24T16:42:00Z");

	static final String LONG_TABLE_HEADING = "Working days to first decision";

	final EvidencePack pack = new EvidencePack(templates());

	@Test
	void thePackOpensWithEveryPartOfTheDraft() throws IOException {
		byte[] pdf = pack.pdf(content(3));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Police perpetrators of domestic abuse",
					"Super-complaint to HM Chief Inspector of Constabulary", "Example Women's Aid",
					"Draft version 3, saved 24 November 2026 at 4:42pm", "Kent Police", "Essex Police", "Contents",
					"1. The feature of policing", "Forces do not move an accused officer away from the victim.",
					"2. The significant harm to the public's interests", "Victims stop reporting.", "3. Evidence",
					"4. Sources");
			assertThat(text).contains("Evidence 1", "Reports by force", "Evidence 2", "Days to first decision",
					"Evidence 3", "A survivor's account", "Evidence 4", "A second account");
			assertThat(text).contains("Force", "Reports", "1,234", "[c]", "Period:", "1 April 2025 to 31 March 2026",
					"Measure: reports; grouped by force", "[c] Fewer than 5 cases: not shown", LONG_TABLE_HEADING,
					"Area 80", "4,321", "Chart: Reports by Force", "[c]: not shown, so no bar");
			assertThat(text).contains("She reported it in March.", "Nothing happened for a year.",
					"The officer kept working nearby.");
			String sources = text.substring(text.lastIndexOf("4. Sources"));
			assertThat(sources).containsSubsequence("1.", "Crossforce live statistics", "Evidence 1: Reports by force",
					"2.", "FOI campaign 12", "Evidence 2: Days to first decision", "3.", "Case study from a survivor",
					"Evidence 3: A survivor's account", "4.", "Case study from a caseworker",
					"Evidence 4: A second account");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Police perpetrators of domestic abuse");
			assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Example Women's Aid");
			assertThat(document.getDocumentInformation().getSubject()).contains("draft version 3");
			assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(SAVED);
		}
	}

	@Test
	void aLongTableRepeatsItsHeadingsOnEveryPage() throws IOException {
		try (PDDocument document = Loader.loadPDF(pack.pdf(content(3)))) {
			int pagesWithHeading = 0;
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				if (stripper.getText(document).contains(LONG_TABLE_HEADING)) {
					pagesWithHeading++;
				}
			}
			assertThat(pagesWithHeading).isGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void theSameVersionIsTheSameDocument() throws IOException {
		byte[] first = pack.pdf(content(3));
		byte[] second = pack.pdf(content(3));
		assertThat(text(first)).isEqualTo(text(second));
		assertThat(first).isEqualTo(second);
		assertThat(text(pack.pdf(content(4)))).isNotEqualTo(text(first)).contains("Draft version 4");
	}

	@Test
	void textTheStandardFontCannotPrintIsReplacedNotFatal() throws IOException {
		PackContent welsh = new PackContent("Heddlu 🚔 a cham-drin domestig", "Cymdeithas Dŵr a Thân", 1, SAVED,
				"Nodwedd 😀", "Niwed", List.of(), List.of(new CaseStudy("Stori", "Ffynhonnell", "Testun ŷ")));
		String text = text(pack.pdf(welsh));
		assertThat(text).contains("Heddlu ? a cham-drin domestig", "Cymdeithas Dwr a Thân", "Nodwedd ?", "Testun y",
				"All police forces in England and Wales");
	}

	static PackContent content(int version) {
		List<Evidence> evidence = List.of(
				new FrozenTable("Reports by force", "Crossforce live statistics", "1 April 2025 to 31 March 2026",
						Instant.parse("2026-11-20T10:00:00Z"), "Measure: reports; grouped by force",
						List.of("Force", "Reports"),
						List.of(List.of("Kent Police", "1,234"), List.of("Essex Police", "[c]"),
								List.of("Surrey Police", "617")),
						List.of("[c] Fewer than 5 cases: not shown"), true),
				new FrozenTable("Days to first decision", "FOI campaign 12", "2024 to 2025",
						Instant.parse("2026-11-21T10:00:00Z"), "Campaign 12; dimensions: area",
						List.of("Area", LONG_TABLE_HEADING), longRows(), List.of(), false),
				new CaseStudy("A survivor's account", "Case study from a survivor",
						"She reported it in March.\nNothing happened for a year.\n\nThe officer kept working nearby."),
				new CaseStudy("A second account", "Case study from a caseworker", "A short account."));
		return new PackContent("Police perpetrators of domestic abuse", "Example Women's Aid", version, SAVED,
				"Forces do not move an accused officer away from the victim.", "Victims stop reporting.",
				List.of("Kent Police", "Essex Police"), evidence);
	}

	private static List<List<String>> longRows() {
		List<List<String>> rows = new ArrayList<>();
		IntStream.rangeClosed(1, 79).forEach(area -> rows.add(List.of("Area " + area, Integer.toString(area * 3))));
		rows.add(List.of("Area 80", "4,321"));
		return rows;
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** The template engine as the application has it: templates from the classpath, words from messages. */
	static SpringTemplateEngine templates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

}
