package org.crossforce.statistics.internal;

import java.util.List;
import java.util.Locale;

import org.crossforce.foi.PublishedFigures.PublishedFigure;
import org.crossforce.statistics.OpenDataCell;
import org.crossforce.statistics.OpenDataNotes;
import org.crossforce.statistics.OpenDataNotes.Note;
import org.crossforce.statistics.OpenDataNotes.Section;
import org.crossforce.statistics.OpenDataTable;

import org.springframework.context.MessageSource;

/**
 * The figures others obtained by FOI and published, as open data: one table, each row with its own period and
 * source, since the figures come from different campaigns over different periods. They are given as published, never
 * suppressed again, and kept in files of their own so no one adds them to the live figures by mistake.
 */
final class PublishedOpenData {

	private final List<PublishedFigure> figures;

	private final MessageSource messages;

	private final Locale locale;

	PublishedOpenData(List<PublishedFigure> figures, MessageSource messages, Locale locale) {
		this.figures = List.copyOf(figures);
		this.messages = messages;
		this.locale = locale;
	}

	OpenDataTable table() {
		return new OpenDataTable(text("statistics.download.published.sheet"),
				text("statistics.download.published.table"),
				List.of(text("statistics.download.column.campaign"), text("statistics.download.column.code"),
						text("statistics.download.column.name"), text("statistics.download.column.period"),
						text("statistics.download.column.count"), text("statistics.download.column.description"),
						text("statistics.download.column.source")),
				this.figures.stream()
					.map(figure -> List.of(OpenDataCell.whole(figure.campaignId()), OpenDataCell.text(figure.areaCode()),
							OpenDataCell.text(figure.areaName()), OpenDataCell.text(figure.period()),
							OpenDataCell.whole(figure.count()), OpenDataCell.text(figure.description()),
							OpenDataCell.text(figure.source())))
					.toList());
	}

	OpenDataNotes notes() {
		return new OpenDataNotes(text("statistics.download.published.title"),
				new Section(text("statistics.download.notes.about"),
						List.of(note("statistics.download.notes.source", text("statistics.download.published.source")),
								note("statistics.download.notes.period", text("statistics.download.published.period")),
								note("statistics.download.published.notice", text("statistics.api.notice.published")))),
				new Section(text("statistics.download.notes.definitions"),
						List.of(note("statistics.download.column.count", text("statistics.download.published.count")))),
				new Section(text("statistics.download.notes.legend"),
						List.of(note("statistics.download.published.symbols",
								text("statistics.download.published.symbols.none")))));
	}

	private Note note(String termKey, String description) {
		return new Note(text(termKey), description);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
