package org.crossforce.foi.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * Printable FOI letters, one A4 page (or more, for a long letter) each, for authorities that publish no email address
 * and for any message someone wants to post. The template is rendered as XML so that the PDF renderer gets
 * well-formed XHTML and every value is escaped.
 */
@Component
public class FoiLetters {

	/**
	 * One letter.
	 * @param recipientAddress the postal address, one line per line; may be null when none is known
	 * @param body the text as sent; blank lines separate paragraphs
	 */
	public record Letter(String recipientName, String recipientAddress, LocalDate date, String subject, String body,
			String senderOrganisation) {
	}

	/** A letter as the template lays it out. */
	record Layout(Letter letter, List<String> addressLines, List<List<String>> paragraphs) {

		static Layout of(Letter letter) {
			List<String> address = letter.recipientAddress() == null ? List.of()
					: lines(letter.recipientAddress()).stream().filter(line -> !line.isBlank()).toList();
			List<List<String>> paragraphs = Arrays.stream(normalised(letter.body()).split("\\n\\s*\\n"))
				.filter(paragraph -> !paragraph.isBlank())
				.map(Layout::lines)
				.toList();
			return new Layout(letter, address, paragraphs);
		}

		private static List<String> lines(String text) {
			return Arrays.stream(normalised(text).split("\\n")).map(String::strip).toList();
		}

		private static String normalised(String text) {
			return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
		}

	}

	private final ITemplateEngine templates;

	FoiLetters(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The letters as one PDF, each starting on a new page. */
	public byte[] pdf(List<Letter> letters) {
		if (letters.isEmpty()) {
			throw new IllegalArgumentException("No letters to print");
		}
		String xhtml = templates.process(new TemplateSpec("foi/letter-pdf", TemplateMode.XML),
				new Context(Locale.UK, Map.of("letters", letters.stream().map(Layout::of).toList())));
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, null);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
