package org.crossforce.statistics;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crossforce.statistics.internal.OdsPackage;

/**
 * Tables and their notes as one OpenDocument spreadsheet (.ods), the format GOV.UK prefers for statistics: a notes
 * sheet first, then one sheet a table. The file is the same, byte for byte, each time it is made from the same tables.
 */
public final class OdsPublication {

	public static final String MEDIA_TYPE = OdsPackage.MEDIA_TYPE;

	private OdsPublication() {
	}

	/**
	 * @param notesSheetName the first sheet's tab name, such as "Notes" or "Cover", in the reader's language
	 */
	public static byte[] spreadsheet(String notesSheetName, OpenDataNotes notes, List<OpenDataTable> tables) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		write(notesSheetName, notes, tables, bytes);
		return bytes.toByteArray();
	}

	/** Writes the spreadsheet to {@code out}, leaving it open. */
	public static void write(String notesSheetName, OpenDataNotes notes, List<OpenDataTable> tables,
			OutputStream out) {
		OpenDataTable.checkSheetName(notesSheetName);
		List<String> names = new ArrayList<>(List.of(notesSheetName));
		tables.forEach(table -> names.add(table.sheetName()));
		// Spreadsheets compare sheet names without regard to case.
		Set<String> seen = new HashSet<>();
		for (String name : names) {
			if (!seen.add(name.toLowerCase(Locale.ROOT))) {
				throw new IllegalArgumentException("Two sheets are named " + name);
			}
		}
		OdsPackage.write(notesSheetName, notes, List.copyOf(tables), out);
	}

}
