package org.crossforce.supercomplaints.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * A super-complaint's evidence pack as a PDF: cover, contents, the feature and the harm, every evidence item numbered
 * (tables with their provenance, notes and optional chart; case studies) and the numbered sources. HMICFRS and the
 * body must be able to say "version 3's pack" and mean one document, so the same {@link PackContent} always gives the
 * same bytes: the document's dates are the version's save time, its ID is a hash of the content and nothing is read
 * from the clock. The template is rendered as XML so that the PDF renderer gets well-formed XHTML and every value is
 * escaped.
 */
@Component
public class EvidencePack {

	/** Written as the PDF's producer instead of the renderer's name and version, which would change with upgrades. */
	static final String PRODUCER = "Crossforce";

	private final ITemplateEngine templates;

	EvidencePack(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The pack for one draft version. */
	public byte[] pdf(PackContent content) {
		String xhtml = templates.process(new TemplateSpec("supercomplaints/evidence-pack-pdf", TemplateMode.XML),
				new Context(Locale.UK, Map.of("pack", PackLayout.of(content))));
		return fixed(rendered(xhtml), content, xhtml);
	}

	private static byte[] rendered(String xhtml) {
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, null);
			builder.withProducer(PRODUCER);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/**
	 * The rendered PDF with everything the renderer and PDFBox take from the clock or chance replaced: the document
	 * information's dates become the version's save time and the trailer's ID a hash of the page source, which
	 * PDFBox keeps instead of making a random one.
	 */
	private static byte[] fixed(byte[] rendered, PackContent content, String xhtml) {
		try (PDDocument document = Loader.loadPDF(rendered); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocumentInformation rendererInfo = document.getDocumentInformation();
			PDDocumentInformation info = new PDDocumentInformation();
			info.setTitle(content.title());
			info.setAuthor(content.bodyName());
			info.setSubject(rendererInfo.getSubject());
			info.setCreator(PRODUCER);
			info.setProducer(PRODUCER);
			Calendar saved = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
			saved.setTimeInMillis(content.versionSavedAt().toEpochMilli());
			info.setCreationDate(saved);
			info.setModificationDate(saved);
			document.setDocumentInformation(info);
			document.getDocumentCatalog().setMetadata(null);
			byte[] id = Arrays.copyOf(sha256(xhtml), 16);
			COSArray ids = new COSArray();
			ids.add(new COSString(id));
			ids.add(new COSString(id));
			document.getDocument().getTrailer().setItem(COSName.ID, ids);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException("Every Java runtime has SHA-256", missing);
		}
	}

}
