package org.crossforce.reference.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a CSV file (RFC 4180: quoted fields may hold commas, line breaks and doubled quotes) keyed by the
 * header line. Blank cells are empty strings.
 */
final class CsvTable {

	private CsvTable() {
	}

	static List<Map<String, String>> parse(String text) {
		List<List<String>> lines = lines(text);
		if (lines.isEmpty()) {
			return List.of();
		}
		List<String> header = lines.get(0);
		List<Map<String, String>> rows = new ArrayList<>();
		for (List<String> line : lines.subList(1, lines.size())) {
			if (line.size() != header.size()) {
				throw new IllegalArgumentException("A CSV row has " + line.size() + " cells, the header "
						+ header.size() + ": " + line);
			}
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), line.get(i));
			}
			rows.add(row);
		}
		return rows;
	}

	private static List<List<String>> lines(String text) {
		List<List<String>> lines = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n') {
				cells.add(cell.toString());
				cell.setLength(0);
				lines.add(cells);
				cells = new ArrayList<>();
			}
			else if (c != '\r') {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !cells.isEmpty()) {
			cells.add(cell.toString());
			lines.add(cells);
		}
		lines.removeIf(line -> line.size() == 1 && line.get(0).isBlank());
		return lines;
	}

}
