package org.crossforce.statistics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crossforce.statistics.Measure;
import org.crossforce.statistics.FigureFormat;
import org.crossforce.statistics.OpenDataCell;
import org.crossforce.statistics.OpenDataCell.Decimal;
import org.crossforce.statistics.OpenDataCell.Shorthand;
import org.crossforce.statistics.OpenDataCell.Text;
import org.crossforce.statistics.OpenDataCell.WholeNumber;
import org.crossforce.statistics.OpenDataNotes;
import org.crossforce.statistics.OpenDataNotes.Note;
import org.crossforce.statistics.OpenDataTable;
import org.crossforce.statistics.StatisticsSnapshot;
import org.crossforce.statistics.StatisticsSnapshots;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Snapshots made from the same protected tables and the same open-data table as the downloads, so a snapshot holds
 * exactly what a reader could download at that moment, and says so in its notes.
 */
@Component
class LiveSnapshots implements StatisticsSnapshots {

	private final LiveTables tables;

	private final MessageSource messages;

	LiveSnapshots(LiveTables tables, MessageSource messages) {
		this.tables = tables;
		this.messages = messages;
	}

	@Override
	public StatisticsSnapshot take(Measure measure, Integer financialYear) {
		ProtectedTables live = this.tables.of(financialYear);
		LiveOpenData data = new LiveOpenData(live, this.messages, Locale.UK);
		OpenDataTable table = data.table(measure);
		List<List<String>> rows = table.rows().stream()
			.map(row -> row.stream().map(LiveSnapshots::printed).toList())
			.toList();
		List<String> notes = new ArrayList<>();
		OpenDataNotes tableNotes = data.notes();
		String period = data.period();
		for (Note note : tableNotes.about().notes()) {
			notes.add(note.term() + ": " + note.description());
		}
		for (Note note : tableNotes.legend().notes()) {
			notes.add(note.term() + ": " + note.description());
		}
		String query = "/api/statistics?measure=" + measure.name() + "&by=force&period="
				+ LiveTables.periodName(financialYear);
		// Titled for a reader of the evidence, not numbered as the spreadsheet's sheets are.
		String title = this.messages.getMessage("statistics.snapshot.title",
				new Object[] { this.messages.getMessage("statistics.measure." + measure.name(), null, Locale.UK),
						period },
				Locale.UK);
		return new StatisticsSnapshot(title, this.messages.getMessage("statistics.download.live.source", null,
				Locale.UK), period, live.producedAt(), query, table.columnHeadings(), rows, notes,
				live.includesSynthetic());
	}

	/** A cell as the pages print it: "1,234", "12.3" or its symbol. */
	private static String printed(OpenDataCell cell) {
		if (cell instanceof Text text) {
			return text.text();
		}
		if (cell instanceof WholeNumber whole) {
			return FigureFormat.WHOLE.format(whole.value());
		}
		if (cell instanceof Decimal decimal) {
			return new FigureFormat(decimal.places()).format(decimal.value());
		}
		return ((Shorthand) cell).symbol().shorthand();
	}

}
