package org.crossforce.statistics;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What the chart tests share: the messages as the application reads them, parsing, and samples to look at. */
final class ChartSamples {

	static final Path FOLDER = Path.of("target", "charts");

	private ChartSamples() {
	}

	static ResourceBundleMessageSource messages() {
		// As Spring Boot configures it (application.properties): messages.properties, UTF-8, no system locale.
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static final Locale UK = Locale.UK;

	/**
	 * Parses the markup, failing unless it is well-formed XML: jsoup alone would quietly repair a broken document.
	 */
	static Element parse(String svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
		}
		catch (Exception notWellFormed) {
			throw new AssertionError("Not well-formed XML: " + notWellFormed.getMessage() + "\n" + svg, notWellFormed);
		}
		Document document = Jsoup.parse(svg, "", Parser.xmlParser());
		assertThat(document.children()).hasSize(1);
		return document.child(0);
	}

	/** Checks the chart names itself by its title and describes itself by its desc. */
	static void assertLabelled(Element svg, String id, String title) {
		assertThat(svg.tagName()).isEqualTo("svg");
		assertThat(svg.attr("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
		Element titleElement = svg.getElementById(id + "-title");
		Element descElement = svg.getElementById(id + "-desc");
		assertThat(titleElement).isNotNull();
		assertThat(titleElement.tagName()).isEqualTo("title");
		assertThat(titleElement.parent()).isEqualTo(svg);
		assertThat(titleElement.text()).isEqualTo(title);
		assertThat(descElement).isNotNull();
		assertThat(descElement.tagName()).isEqualTo("desc");
		assertThat(descElement.text()).isNotBlank();
	}

	/** Writes a sample under target/charts for a person to open. */
	static void write(String name, String content) {
		try {
			Files.createDirectories(FOLDER);
			Files.writeString(FOLDER.resolve(name), content, StandardCharsets.UTF_8);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	static double number(Element element, String attribute) {
		return Double.parseDouble(element.attr(attribute));
	}

}
