package org.crossforce.statistics.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.crossforce.statistics.OpenDataNotes;
import org.crossforce.statistics.OpenDataTable;

/**
 * An OpenDocument spreadsheet package (ODF 1.3 part 2, section 3): a ZIP whose first entry is {@code mimetype},
 * stored uncompressed so a reader can recognise the file from its first bytes, then the manifest, the content, the
 * styles and the metadata. Every entry carries the same fixed time, so the same tables always give the same bytes
 * and a published file changes only when its figures do.
 */
public final class OdsPackage {

	public static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

	static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
			+ " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
			+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
			+ " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
			+ " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
			+ " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
			+ " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
			+ " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"";

	/** Inside the range a ZIP's DOS date can hold, so no time zone or extra timestamp field creeps in. */
	private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

	private static final String MANIFEST = """
			<?xml version="1.0" encoding="UTF-8"?>
			<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
			<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>\
			<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
			<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\
			<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\
			</manifest:manifest>""".formatted(MEDIA_TYPE);

	private static final String STYLES = """
			<?xml version="1.0" encoding="UTF-8"?>
			<office:document-styles%s office:version="1.3"><office:styles>\
			<style:default-style style:family="table-cell"><style:text-properties fo:font-size="10pt"/></style:default-style>\
			<style:style style:name="Default" style:family="table-cell"/>\
			</office:styles></office:document-styles>""".formatted(NAMESPACES);

	private OdsPackage() {
	}

	public static void write(String notesSheetName, OpenDataNotes notes, List<OpenDataTable> tables, OutputStream out) {
		try {
			ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			stored(zip, "mimetype", MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII));
			compressed(zip, "META-INF/manifest.xml", MANIFEST);
			compressed(zip, "content.xml", OdsContent.of(notesSheetName, notes, tables));
			compressed(zip, "styles.xml", STYLES);
			compressed(zip, "meta.xml", meta(notes.title()));
			zip.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The document title is what a screen reader announces and what a file's properties show. */
	private static String meta(String title) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta" + NAMESPACES
				+ " office:version=\"1.3\"><office:meta><dc:title>" + OdsText.escaped(title)
				+ "</dc:title><dc:language>en-GB</dc:language></office:meta></office:document-meta>";
	}

	private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(content.length);
		entry.setCompressedSize(content.length);
		CRC32 crc = new CRC32();
		crc.update(content);
		entry.setCrc(crc.getValue());
		add(zip, entry, content);
	}

	private static void compressed(ZipOutputStream zip, String name, String content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setMethod(ZipEntry.DEFLATED);
		add(zip, entry, content.getBytes(StandardCharsets.UTF_8));
	}

	private static void add(ZipOutputStream zip, ZipEntry entry, byte[] content) throws IOException {
		entry.setTimeLocal(ENTRY_TIME);
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}

}
