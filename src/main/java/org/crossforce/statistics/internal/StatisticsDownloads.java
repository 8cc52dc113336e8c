package org.crossforce.statistics.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.crossforce.foi.PublishedFigures;
import org.crossforce.statistics.CsvPublication;
import org.crossforce.statistics.Measure;
import org.crossforce.statistics.OdsPublication;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The statistics as files to download: the live figures of a financial year (or every year) as an ODS spreadsheet,
 * one measure's table as CSV and the notes as CSV; the published FOI figures the same way, in files of their own. The
 * two sources are never in one file, and every file carries, or comes with, notes on its source, period and symbols.
 */
@Controller
class StatisticsDownloads {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType ODS = MediaType.parseMediaType(OdsPublication.MEDIA_TYPE);

	private final LiveTables tables;

	private final PublishedFigures published;

	private final MessageSource messages;

	StatisticsDownloads(LiveTables tables, PublishedFigures published, MessageSource messages) {
		this.tables = tables;
		this.published = published;
		this.messages = messages;
	}

	@GetMapping("/statistics/live.ods")
	ResponseEntity<byte[]> liveSpreadsheet(@RequestParam(required = false) String year) {
		Integer financialYear = year(year);
		LiveOpenData live = live(financialYear);
		return file("crossforce-live-statistics-" + LiveTables.periodName(financialYear) + ".ods", ODS,
				OdsPublication.spreadsheet(text("statistics.download.notesSheet"), live.notes(), live.tables()));
	}

	@GetMapping("/statistics/live.csv")
	ResponseEntity<byte[]> liveTable(@RequestParam(required = false) String year,
			@RequestParam(required = false) String measure) {
		Measure chosen = LiveTables.measure(measure);
		Integer financialYear = year(year);
		return file("crossforce-live-statistics-" + LiveTables.periodName(financialYear) + "-"
				+ chosen.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".csv", CSV,
				CsvPublication.table(live(financialYear).table(chosen)));
	}

	@GetMapping("/statistics/live-notes.csv")
	ResponseEntity<byte[]> liveNotes(@RequestParam(required = false) String year) {
		Integer financialYear = year(year);
		return file("crossforce-live-statistics-" + LiveTables.periodName(financialYear) + "-notes.csv", CSV,
				CsvPublication.notes(live(financialYear).notes()));
	}

	@GetMapping("/statistics/published.ods")
	ResponseEntity<byte[]> publishedSpreadsheet() {
		PublishedOpenData figures = published();
		return file("crossforce-published-statistics.ods", ODS, OdsPublication
			.spreadsheet(text("statistics.download.notesSheet"), figures.notes(), List.of(figures.table())));
	}

	@GetMapping("/statistics/published.csv")
	ResponseEntity<byte[]> publishedTable() {
		return file("crossforce-published-statistics.csv", CSV, CsvPublication.table(published().table()));
	}

	@GetMapping("/statistics/published-notes.csv")
	ResponseEntity<byte[]> publishedNotes() {
		return file("crossforce-published-statistics-notes.csv", CSV, CsvPublication.notes(published().notes()));
	}

	/** A year or measure that is not one of the choices: a page saying which and why, not a stack trace. */
	@ExceptionHandler(InvalidInput.class)
	ModelAndView refused(InvalidInput invalid) {
		ModelAndView page = new ModelAndView("statistics/download-refused", HttpStatus.BAD_REQUEST);
		page.addObject("reason", this.messages.getMessage(invalid, LocaleContextHolder.getLocale()));
		return page;
	}

	/** The chosen financial year, all for every year, or the latest with cases. */
	private Integer year(String year) {
		if (year == null || year.isBlank()) {
			return this.tables.latestYear();
		}
		return LiveTables.financialYear(year);
	}

	private LiveOpenData live(Integer financialYear) {
		return new LiveOpenData(this.tables.of(financialYear), this.messages, LocaleContextHolder.getLocale());
	}

	private PublishedOpenData published() {
		return new PublishedOpenData(this.published.all(), this.messages, LocaleContextHolder.getLocale());
	}

	private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] content) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
