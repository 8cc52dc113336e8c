package org.crossforce.statistics.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crossforce.statistics.Grouping;
import org.crossforce.statistics.Measure;
import org.crossforce.statistics.OpenDataCell;
import org.crossforce.statistics.OpenDataNotes;
import org.crossforce.statistics.OpenDataNotes.Note;
import org.crossforce.statistics.OpenDataNotes.Section;
import org.crossforce.statistics.OpenDataTable;
import org.crossforce.statistics.Symbol;
import org.crossforce.statistics.internal.ProtectedTables.AreaFigures;

import org.springframework.context.MessageSource;

/**
 * The live figures of one period as open data: a table a measure and one of the median, each listing every force,
 * then every region, then England and Wales, and the notes that say where the figures come from, which period, when
 * they were produced and how they were protected. Only the protected tables are read, so a download can never show
 * what the pages hide; and only the service's own cases, so the published FOI figures are never mixed in.
 */
final class LiveOpenData {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

	private static final List<Grouping> TABLE_ORDER = List.of(Grouping.FORCE, Grouping.REGION,
			Grouping.ENGLAND_AND_WALES);

	private final ProtectedTables live;

	private final MessageSource messages;

	private final Locale locale;

	LiveOpenData(ProtectedTables live, MessageSource messages, Locale locale) {
		this.live = live;
		this.messages = messages;
		this.locale = locale;
	}

	/** One sheet a measure, in the order of {@link Measure}, then the median. */
	List<OpenDataTable> tables() {
		List<OpenDataTable> tables = new ArrayList<>();
		for (Measure measure : Measure.values()) {
			tables.add(table(measure, tables.size() + 1));
		}
		tables.add(medianTable(tables.size() + 1));
		return tables;
	}

	/** A measure's table, numbered as it is in the spreadsheet so the CSV and the sheet have the same title. */
	OpenDataTable table(Measure measure) {
		return table(measure, measure.ordinal() + 1);
	}

	private OpenDataTable table(Measure measure, int number) {
		List<List<OpenDataCell>> rows = new ArrayList<>();
		for (AreaFigures area : areas()) {
			List<OpenDataCell> row = new ArrayList<>(area(area));
			Symbol symbol = this.live.symbol(measure, area);
			row.add(symbol == null ? OpenDataCell.whole(this.live.shownCount(measure, area).getAsLong())
					: OpenDataCell.symbol(symbol));
			row.add(rate(this.live.ratePerThousandWorkforce(measure, area)));
			rows.add(row);
		}
		return new OpenDataTable(text("statistics.download.sheet", number),
				text("statistics.download.table.measure", number, text("statistics.measure." + measure.name()),
						period()),
				List.of(text("statistics.download.column.code"), text("statistics.download.column.name"),
						text("statistics.download.column.type"), text("statistics.download.column.count"),
						text("statistics.download.column.rate")),
				rows);
	}

	private OpenDataTable medianTable(int number) {
		List<List<OpenDataCell>> rows = new ArrayList<>();
		for (AreaFigures area : areas()) {
			List<OpenDataCell> row = new ArrayList<>(area(area));
			BigDecimal median = this.live.medianWorkingDaysToFirstDecision(area);
			row.add(median == null ? OpenDataCell.symbol(Symbol.CONFIDENTIAL) : OpenDataCell.decimal(median, 1));
			rows.add(row);
		}
		return new OpenDataTable(text("statistics.download.sheet", number),
				text("statistics.download.table.median", number, period()),
				List.of(text("statistics.download.column.code"), text("statistics.download.column.name"),
						text("statistics.download.column.type"), text("statistics.download.column.median")),
				rows);
	}

	OpenDataNotes notes() {
		List<Note> about = new ArrayList<>();
		about.add(note("statistics.download.notes.source", text("statistics.download.live.source")));
		about.add(note("statistics.download.notes.period", period()));
		about.add(note("statistics.download.notes.producedOn", producedAt()));
		about.add(note("statistics.page.workforce", text("statistics.api.note.workforce")));
		about.add(note("statistics.download.protection",
				text("statistics.disclosure.rule") + " " + text("statistics.disclosure.rates")));
		if (this.live.includesSynthetic()) {
			about.add(note("statistics.download.synthetic", text("statistics.api.notice.synthetic")));
		}
		List<Note> definitions = new ArrayList<>();
		for (Measure measure : Measure.values()) {
			definitions.add(note("statistics.measure." + measure.name(),
					text("statistics.measure." + measure.name() + ".definition")));
		}
		definitions.add(note("statistics.download.column.rate", text("statistics.download.rate.definition")));
		definitions.add(note("statistics.download.column.median", text("statistics.download.median.definition")));
		List<Note> legend = new ArrayList<>();
		for (Symbol symbol : Symbol.values()) {
			legend.add(new Note(symbol.shorthand(), text(symbol.legendKey())));
		}
		return new OpenDataNotes(text("statistics.download.live.title", period()),
				new Section(text("statistics.download.notes.about"), about),
				new Section(text("statistics.download.notes.definitions"), definitions),
				new Section(text("statistics.download.notes.legend"), legend));
	}

	/** "April 2024 to March 2025 (financial year 2024-25)", or every year. */
	String period() {
		Integer year = this.live.financialYear();
		if (year == null) {
			return text("statistics.download.live.period.all");
		}
		return text("statistics.download.live.period", year, year + 1, LiveTables.periodName(year));
	}

	String producedAt() {
		return PRODUCED.format(this.live.producedAt().atZone(UK)).replace("AM", "am").replace("PM", "pm");
	}

	private List<AreaFigures> areas() {
		return TABLE_ORDER.stream().flatMap(grouping -> this.live.areas(grouping).stream()).toList();
	}

	private List<OpenDataCell> area(AreaFigures area) {
		String type = switch (area.grouping()) {
			case FORCE -> text("statistics.download.area.force");
			case REGION -> text("statistics.download.area.region");
			case ENGLAND_AND_WALES -> text("statistics.download.area.englandAndWales");
		};
		return List.of(OpenDataCell.text(area.code()), OpenDataCell.text(area.name()), OpenDataCell.text(type));
	}

	/** A rate as the tables print it ("1,234.5" or a symbol) as a number a spreadsheet can compute with. */
	private static OpenDataCell rate(String printed) {
		for (Symbol symbol : Symbol.values()) {
			if (symbol.shorthand().equals(printed)) {
				return OpenDataCell.symbol(symbol);
			}
		}
		return OpenDataCell.decimal(new BigDecimal(printed.replace(",", "")), 1);
	}

	private Note note(String termKey, String description) {
		return new Note(text(termKey), description);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
