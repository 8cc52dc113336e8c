package org.crossforce.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.crossforce.statistics.OpenDataNotes.Note;
import org.crossforce.statistics.OpenDataNotes.Section;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.crossforce.statistics.OpenDataCell.decimal;
import static org.crossforce.statistics.OpenDataCell.symbol;
import static org.crossforce.statistics.OpenDataCell.text;
import static org.crossforce.statistics.OpenDataCell.whole;

/**
 * A table set holding every kind of cell, and text that needs XML escaping, CSV quoting, a formula guard and kept
 * white space; the notes come from messages.properties as a page would resolve them.
 */
final class OpenDataFixtures {

	static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"Click\")";

	static final String AWKWARD = "Force \"A\", with <tags> & 'quotes'";

	static final String TWO_LINES = "First line\nsecond line";

	static final String SPACED = "  two  spaces and\ta tab ";

	static final String PRODUCED_ON = "1 October 2025";

	private static final ResourceBundleMessageSource MESSAGES = messages();

	private OpenDataFixtures() {
	}

	static String message(String key, Object... arguments) {
		return MESSAGES.getMessage(key, arguments, Locale.UK);
	}

	static OpenDataTable byForce() {
		return new OpenDataTable("Table 1", "Table 1: Reports by force, England and Wales, 2023 to 2024",
				List.of("Force code", "Force", "Reports", "Rate per 1,000 employees", "Change on previous year"),
				List.of(List.of(text("E23000001"), text("Metropolitan Police Service"), whole(1512),
						decimal(new BigDecimal("11.84"), 1), whole(-3)),
						List.of(text("W15000004"), text("Dyfed-Powys Police"), symbol(Symbol.CONFIDENTIAL),
								symbol(Symbol.CONFIDENTIAL), symbol(Symbol.NOT_AVAILABLE)),
						List.of(text("E23000099"), text(AWKWARD), whole(0), decimal(new BigDecimal("0.05"), 1),
								symbol(Symbol.NOT_APPLICABLE)),
						List.of(text("E23000098"), text(FORMULA), whole(7), decimal(new BigDecimal("2.25"), 2),
								whole(7)),
						List.of(text("E23000097"), text(TWO_LINES), whole(12), decimal(BigDecimal.TEN, 1), whole(0)),
						List.of(text("E23000096"), text(SPACED), whole(5), decimal(new BigDecimal("-1.25"), 1),
								whole(5))));
	}

	static OpenDataTable byRegion() {
		return new OpenDataTable("Table 2", "Table 2: Reports by region, England and Wales, 2023 to 2024",
				List.of("Region", "Reports"),
				List.of(List.of(text("London"), whole(1512)), List.of(text("Wales"), symbol(Symbol.CONFIDENTIAL))));
	}

	static OpenDataNotes notes() {
		return new OpenDataNotes(message("statistics.download.notes.title"),
				new Section(message("statistics.download.notes.about"),
						List.of(note("source", message("statistics.download.notes.source.text")),
								note("period", message("statistics.download.notes.period.text", "2023 to 2024")),
								note("producedOn", PRODUCED_ON))),
				new Section(message("statistics.download.notes.definitions"),
						List.of(note("reports", message("statistics.download.notes.reports.text")),
								note("rate", message("statistics.download.notes.rate.text")))),
				new Section(message("statistics.download.notes.legend"),
						List.of(new Note("[c]", message("statistics.download.notes.symbol.c")),
								new Note("[x]", message("statistics.download.notes.symbol.x")),
								new Note("[z]", message("statistics.download.notes.symbol.z")))));
	}

	private static Note note(String key, String description) {
		return new Note(message("statistics.download.notes." + key), description);
	}

	private static ResourceBundleMessageSource messages() {
		// As Spring Boot configures it (application.properties): messages.properties, UTF-8, no system locale.
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
