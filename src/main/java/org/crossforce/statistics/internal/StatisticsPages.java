package org.crossforce.statistics.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.crossforce.foi.PublishedFigures;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.statistics.BarChart;
import org.crossforce.statistics.ChartValue;
import org.crossforce.statistics.Choropleth;
import org.crossforce.statistics.FigureFormat;
import org.crossforce.statistics.Grouping;
import org.crossforce.statistics.Measure;
import org.crossforce.statistics.Symbol;
import org.crossforce.statistics.TrendChart;
import org.crossforce.statistics.TrendSeries;
import org.crossforce.statistics.internal.ProtectedTables.AreaFigures;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public statistics pages: the published FOI figures, and the live figures of one measure and financial year as
 * a map, a chart and tables; a force's own figures and trend; a force beside its neighbours. Every chart is followed
 * by a table of the same figures, so nothing is only in a picture.
 */
@Controller
class StatisticsPages {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

	private final LiveTables tables;

	private final PublishedFigures published;

	private final Forces forces;

	private final MessageSource messages;

	/**
	 * The national page's pictures, drawn again only when the kept tables they were drawn from are replaced (at most
	 * once a minute): drawing the map of 43 areas was about a sixth of the page's time, for the same SVG each time.
	 * One entry a measure, year and language asked for, of about 100 KB; past {@link #MOST_PICTURES} they are all
	 * dropped, so requests for every year there is cannot fill the memory.
	 */
	private final Map<PictureKey, NationalPictures> drawn = new ConcurrentHashMap<>();

	static final int MOST_PICTURES = 200;

	StatisticsPages(LiveTables tables, PublishedFigures published, Forces forces, MessageSource messages) {
		this.tables = tables;
		this.published = published;
		this.forces = forces;
		this.messages = messages;
	}

	/**
	 * One line of a table: an area's count as printed (or its symbol), its rate per 1,000 of the workforce, and the
	 * median working days to a first decision as printed (or [c]), shown only beside the count of first decisions.
	 */
	record FigureRow(String code, String name, String text, String rate, String median, boolean highlighted) {
	}

	/** One figure obtained by FOI, as its source published it. */
	record PublishedRow(String area, String period, String count, String description, String source) {
	}

	/** A financial year to choose: "2024-25". */
	record YearOption(String value, boolean selected) {
	}

	/** A measure's figures in one force: its message key's suffix, count and rate. */
	record MeasureRow(String measure, String text, String rate) {
	}

	/** One year of a force's trend: the force's rate and England and Wales's. */
	record TrendRow(String year, String force, String englandAndWales) {
	}

	@GetMapping("/statistics")
	String national(@RequestParam(required = false) String measure, @RequestParam(required = false) String year,
			Model model) {
		Measure chosen = measure(measure);
		int financialYear = year(year);
		ProtectedTables live = this.tables.of(financialYear);
		Locale locale = LocaleContextHolder.getLocale();
		String measureName = text("statistics.measure." + chosen.name());

		model.addAttribute("published", this.published.all().stream()
			.map(figure -> new PublishedRow(figure.areaName(), figure.period(),
					NumberFormat.getIntegerInstance(Locale.UK).format(figure.count()), figure.description(),
					figure.source()))
			.toList());
		period(model, live, chosen, financialYear);

		List<FigureRow> forceRows = rows(live, chosen, Grouping.FORCE, null);
		if (this.drawn.size() >= MOST_PICTURES) {
			this.drawn.clear();
		}
		NationalPictures pictures = this.drawn.compute(new PictureKey(chosen, financialYear, locale),
				(key, kept) -> kept != null && kept.from().publication() == live.publication() ? kept
						: draw(live, chosen, financialYear, locale, measureName, forceRows));
		model.addAttribute("map", pictures.map());
		model.addAttribute("chart", pictures.chart());
		model.addAttribute("forceRows", forceRows);
		model.addAttribute("summary", pictures.summary());
		model.addAttribute("regionRows", rows(live, chosen, Grouping.REGION, null));
		model.addAttribute("nationRows", rows(live, chosen, Grouping.ENGLAND_AND_WALES, null));
		model.addAttribute("withMedian", chosen == Measure.FIRST_DECISION_TAKEN);
		return "statistics/national";
	}

	/** The map, the chart and their summary drawn from one kept set of tables, for a measure, year and language. */
	private record NationalPictures(ProtectedTables from, String map, String chart, String summary) {
	}

	private record PictureKey(Measure measure, int financialYear, Locale locale) {
	}

	private NationalPictures draw(ProtectedTables live, Measure chosen, int financialYear, Locale locale,
			String measureName, List<FigureRow> forceRows) {
		List<ChartValue> counts = counts(live, chosen, Grouping.FORCE);
		List<ChartValue> rates = forceRows.stream().map(row -> rate(row.code(), row.name(), row.rate())).toList();
		String map = new Choropleth(this.messages, locale).render("statistics-map",
				text("statistics.page.map.title", measureName, LiveTables.periodName(financialYear)),
				text("statistics.page.rate", measureName), this.forces.map(), rates, FigureFormat.ONE_PLACE,
				code -> "/statistics/forces/" + code + "?year=" + LiveTables.periodName(financialYear));
		String chart = new BarChart(this.messages, locale).render("statistics-chart",
				text("statistics.page.chart.title", measureName, LiveTables.periodName(financialYear)), measureName,
				BarChart.largestFirst(labelled(counts)), FigureFormat.WHOLE, null);
		return new NationalPictures(live, map, chart, summary(counts));
	}

	@GetMapping("/statistics/forces/{code}")
	String force(@PathVariable String code, @RequestParam(required = false) String year, Model model) {
		Force force = force(code);
		int financialYear = year(year);
		ProtectedTables live = this.tables.of(financialYear);
		AreaFigures area = area(live, Grouping.FORCE, code);
		model.addAttribute("force", force);
		period(model, live, Measure.REPORTS, financialYear);
		model.addAttribute("measureRows", List.of(Measure.values()).stream()
			.map(measure -> new MeasureRow(measure.name(), live.text(measure, area),
					live.ratePerThousandWorkforce(measure, area)))
			.toList());
		trend(model, force);
		return "statistics/force";
	}

	@GetMapping("/statistics/forces/{code}/neighbours")
	String neighbours(@PathVariable String code, @RequestParam(required = false) String measure,
			@RequestParam(required = false) String year, Model model) {
		Force force = force(code);
		Measure chosen = measure(measure);
		int financialYear = year(year);
		ProtectedTables live = this.tables.of(financialYear);
		List<String> codes = new ArrayList<>();
		codes.add(code);
		this.forces.neighboursOf(code).forEach(neighbour -> codes.add(neighbour.code()));
		List<FigureRow> rows = rows(live, chosen, Grouping.FORCE, code).stream()
			.filter(row -> codes.contains(row.code()))
			.sorted(Comparator.comparing(row -> codes.indexOf(row.code())))
			.toList();
		String measureName = text("statistics.measure." + chosen.name());
		model.addAttribute("force", force);
		model.addAttribute("neighbourCount", codes.size() - 1);
		period(model, live, chosen, financialYear);
		model.addAttribute("chart", new BarChart(this.messages, LocaleContextHolder.getLocale()).render(
				"statistics-neighbours",
				text("statistics.page.neighbours.chart.title", measureName, force.name(),
						LiveTables.periodName(financialYear)),
				text("statistics.page.rate", measureName),
				BarChart.largestFirst(
						labelled(rows.stream().map(row -> rate(row.code(), row.name(), row.rate())).toList())),
				FigureFormat.ONE_PLACE, code));
		model.addAttribute("rows", rows);
		return "statistics/neighbours";
	}

	/** What every page of live figures says about them: the measure, the period and its choices, and the source. */
	private void period(Model model, ProtectedTables live, Measure measure, int financialYear) {
		String chosenYear = LiveTables.periodName(financialYear);
		List<Integer> years = new ArrayList<>(this.tables.yearsWithCases());
		if (!years.contains(financialYear)) {
			years.add(financialYear);
		}
		years.sort(Comparator.reverseOrder());
		model.addAttribute("measure", measure.name());
		model.addAttribute("measureName", text("statistics.measure." + measure.name()));
		model.addAttribute("measures", List.of(Measure.values()).stream().map(Measure::name).toList());
		model.addAttribute("year", chosenYear);
		model.addAttribute("years", years.stream()
			.map(option -> new YearOption(LiveTables.periodName(option), option == financialYear))
			.toList());
		model.addAttribute("firstYear", financialYear);
		model.addAttribute("lastYear", financialYear + 1);
		model.addAttribute("producedAt", PRODUCED.format(live.producedAt().atZone(UK))
			.replace("AM", "am").replace("PM", "pm"));
		model.addAttribute("includesSynthetic", live.includesSynthetic());
		model.addAttribute("symbols", List.of(Symbol.values()).stream().map(Symbol::legendKey).toList());
	}

	private void trend(Model model, Force force) {
		List<Integer> years = new ArrayList<>(this.tables.yearsWithCases());
		if (years.isEmpty()) {
			years.add(this.tables.latestYear());
		}
		List<ChartValue> forceCounts = new ArrayList<>();
		List<ChartValue> nationCounts = new ArrayList<>();
		List<TrendRow> rows = new ArrayList<>();
		boolean synthetic = false;
		for (Integer year : years) {
			ProtectedTables live = this.tables.of(year);
			synthetic |= live.includesSynthetic();
			String name = LiveTables.periodName(year);
			AreaFigures area = area(live, Grouping.FORCE, force.code());
			AreaFigures nation = live.areas(Grouping.ENGLAND_AND_WALES).get(0);
			forceCounts.add(count(live, Measure.REPORTS, area, name));
			nationCounts.add(count(live, Measure.REPORTS, nation, name));
			rows.add(new TrendRow(name, live.text(Measure.REPORTS, area), live.text(Measure.REPORTS, nation)));
		}
		// Counts, not rates: England and Wales has no rate, as the national forces' workforce is not published.
		String measureName = text("statistics.measure.REPORTS");
		model.addAttribute("trend", new TrendChart(this.messages, LocaleContextHolder.getLocale()).render(
				"statistics-trend", text("statistics.page.trend.title", force.name()), measureName,
				years.stream().map(LiveTables::periodName).toList(),
				List.of(new TrendSeries(force.code(), force.name(), forceCounts),
						new TrendSeries("england-and-wales", text("statistics.page.englandAndWales"), nationCounts)),
				FigureFormat.WHOLE));
		model.addAttribute("trendRows", rows);
		// The trend spans every year, so the page says synthetic cases are counted if any year of it counts them.
		if (synthetic) {
			model.addAttribute("includesSynthetic", true);
		}
	}

	private static List<FigureRow> rows(ProtectedTables live, Measure measure, Grouping grouping, String highlight) {
		return live.areas(grouping).stream()
			.map(area -> new FigureRow(area.code(), area.name(), live.text(measure, area),
					live.ratePerThousandWorkforce(measure, area), live.medianWorkingDaysToFirstDecisionText(area),
					area.code().equals(highlight)))
			.toList();
	}

	private static List<ChartValue> counts(ProtectedTables live, Measure measure, Grouping grouping) {
		return live.areas(grouping).stream().map(area -> count(live, measure, area, area.code())).toList();
	}

	/**
	 * A force's name short enough for a bar chart's label column: without a former name in brackets, as in
	 * "Hampshire and Isle of Wight Constabulary (Hampshire Constabulary until 2022)". Tables keep the full name.
	 */
	private static List<ChartValue> labelled(List<ChartValue> values) {
		return values.stream()
			.map(value -> new ChartValue(value.key(), value.label().replaceFirst(" \\(.*\\)$", ""), value.value(),
					value.symbol()))
			.toList();
	}

	/** An area's count to draw, or the symbol shown in its place; labelled with the area's name or a year. */
	private static ChartValue count(ProtectedTables live, Measure measure, AreaFigures area, String key) {
		String label = key.equals(area.code()) ? area.name() : key;
		Symbol symbol = live.symbol(measure, area);
		return symbol == null ? ChartValue.of(key, label, live.shownCount(measure, area).getAsLong())
				: ChartValue.missing(key, label, symbol);
	}

	/** A rate as the tables print it ("12.3", "[c]") as a figure to draw. */
	private static ChartValue rate(String key, String label, String text) {
		for (Symbol symbol : Symbol.values()) {
			if (symbol.shorthand().equals(text)) {
				return ChartValue.missing(key, label, symbol);
			}
		}
		return ChartValue.of(key, label, new BigDecimal(text.replace(",", "")));
	}

	/** The highest and lowest shown forces and how many are hidden, for those who do not read the chart. */
	private String summary(List<ChartValue> counts) {
		List<ChartValue> shown = counts.stream().filter(ChartValue::hasValue).toList();
		long hidden = counts.stream().filter(value -> value.symbol() == Symbol.CONFIDENTIAL).count();
		if (shown.isEmpty()) {
			return text("statistics.page.summary.none", hidden);
		}
		ChartValue highest = shown.stream().max(Comparator.comparing(ChartValue::value)).orElseThrow();
		ChartValue lowest = shown.stream().min(Comparator.comparing(ChartValue::value)).orElseThrow();
		if (highest.value().signum() == 0) {
			return text("statistics.page.summary.zero", shown.size(), hidden);
		}
		return text("statistics.page.summary", shown.size(), highest.label(),
				FigureFormat.WHOLE.format(highest.value()), lowest.label(), FigureFormat.WHOLE.format(lowest.value()),
				hidden);
	}

	private Force force(String code) {
		return this.forces.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static AreaFigures area(ProtectedTables live, Grouping grouping, String code) {
		return live.areas(grouping).stream()
			.filter(area -> Objects.equals(area.code(), code))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Measure measure(String measure) {
		try {
			return LiveTables.measure(measure);
		}
		catch (InvalidInput unknown) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	/** The chosen financial year, or the latest with cases; a page shows one year at a time. */
	private int year(String year) {
		if (year == null || year.isBlank()) {
			return this.tables.latestYear();
		}
		try {
			Integer chosen = LiveTables.financialYear(year);
			if (chosen == null) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			}
			return chosen;
		}
		catch (InvalidInput malformed) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
