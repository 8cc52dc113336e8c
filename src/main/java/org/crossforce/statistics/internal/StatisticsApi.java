package org.crossforce.statistics.internal;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crossforce.foi.PublishedFigures;
import org.crossforce.statistics.Grouping;
import org.crossforce.statistics.LiveStatistics;
import org.crossforce.statistics.Measure;
import org.crossforce.statistics.Symbol;
import org.crossforce.web.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/statistics")
@Tag(name = "Statistics", description = "National figures from the service's own cases, with small numbers "
		+ "suppressed, and the FOI figures already published (open data)")
class StatisticsApi {

	private final LiveTables tables;

	private final PublishedFigures published;

	private final MessageSource messages;

	StatisticsApi(LiveTables tables, PublishedFigures published, MessageSource messages) {
		this.tables = tables;
		this.published = published;
		this.messages = messages;
	}

	@Schema(name = "LiveStatistics")
	record LiveView(@Schema(description = "live: counted from the service's own cases", example = "live") String source,
			@Schema(example = "REPORTS") Measure measure,
			@Schema(allowableValues = { "force", "region", "england-and-wales" }) String by,
			@Schema(description = "A financial year, April to March, or all for every year", example = "2024-25")
			String period,
			@Schema(description = "When the figures were read from the service's cases") Instant producedAt,
			@Schema(description = "Whether synthetic cases, generated for demonstrations, are counted")
			boolean includesSynthetic,
			@Schema(description = "A sentence to show with the figures when synthetic cases are counted; null "
					+ "otherwise") String notice,
			@Schema(description = "What each symbol means") Map<String, String> legend,
			@Schema(description = "How the figures were made and protected") List<String> notes,
			List<RowView> rows) {
	}

	@Schema(name = "StatisticsRow")
	record RowView(@Schema(example = "greater-manchester") String code,
			@Schema(example = "Greater Manchester Police") String name,
			@Schema(description = "The count, or null where a symbol stands instead") Long value,
			@Schema(description = "The count as printed, or its symbol", example = "1,234") String text,
			@Schema(description = "null, or the symbol standing instead of the count",
					allowableValues = { "[c]", "[x]", "[z]" }) String symbol,
			@Schema(description = "The count per 1,000 of the workforce at 31 March 2018 (FTE, Home Office), to 1 "
					+ "decimal place; [c] where the count is hidden, [x] where the workforce is not known",
					example = "12.3") String ratePer1000Workforce,
			@Schema(description = "The median working days from report to first key decision over the area's cases "
					+ "with one, to 1 decimal place, whatever the measure; [c] where the number of those cases is "
					+ "hidden or under 5", example = "4.5") String medianWorkingDaysToFirstDecision) {
	}

	@Schema(name = "PublishedStatistics")
	record PublishedView(@Schema(description = "published: figures others obtained by FOI and published",
			example = "published") String source, String notice, List<PublishedFigureView> figures) {
	}

	@Schema(name = "PublishedFigure")
	record PublishedFigureView(long campaignId,
			@Schema(description = "A force code, or E&W for England and Wales", example = "greater-manchester")
			String areaCode, String areaName, @Schema(description = "As published", example = "2019-20") String period,
			long count, @Schema(example = "1,234") String text, String description,
			@Schema(description = "Who obtained and published the figure") String source) {
	}

	@GetMapping
	@Operation(summary = "One measure by force, region or England and Wales, for a financial year or every year, "
			+ "with counts from 1 to 4 and figures that would reveal them shown as [c]")
	@ApiResponse(responseCode = "200", description = "The figures")
	@ApiResponse(responseCode = "400", description = "A parameter is not one of those allowed",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	LiveView live(
			@Parameter(description = "What is counted", example = "REPORTS") @RequestParam(required = false)
			String measure,
			@Parameter(description = "force, region or england-and-wales; force by default")
			@RequestParam(required = false) String by,
			@Parameter(description = "A financial year such as 2024-25, or all; by default the latest year that has "
					+ "ended and has cases (before any has, the latest year with cases)")
			@RequestParam(required = false) String period) {
		Measure chosenMeasure = LiveTables.measure(measure);
		Grouping grouping = grouping(by);
		Integer year = (period == null || period.isBlank()) ? this.tables.latestYear() : LiveTables.financialYear(period);
		ProtectedTables protectedTables = this.tables.of(year);
		List<RowView> rows = protectedTables.areas(grouping).stream().map(area -> {
			Symbol symbol = protectedTables.symbol(chosenMeasure, area);
			return new RowView(area.code(), area.name(),
					symbol == null ? protectedTables.shownCount(chosenMeasure, area).getAsLong() : null,
					protectedTables.text(chosenMeasure, area), symbol == null ? null : symbol.shorthand(),
					protectedTables.ratePerThousandWorkforce(chosenMeasure, area),
					protectedTables.medianWorkingDaysToFirstDecisionText(area));
		}).toList();
		boolean synthetic = protectedTables.includesSynthetic();
		return new LiveView("live", chosenMeasure, byName(grouping), LiveTables.periodName(year), protectedTables.producedAt(),
				synthetic, synthetic ? text("statistics.api.notice.synthetic") : null, legend(),
				List.of(text("statistics.disclosure.rule"), text("statistics.disclosure.rates"),
						text("statistics.api.note.workforce")),
				rows);
	}

	@GetMapping("/published")
	@Operation(summary = "Figures obtained by Freedom of Information requests and already published, as published "
			+ "and with their source: never suppressed again and never added to the live figures")
	PublishedView published() {
		List<PublishedFigureView> figures = this.published.all().stream()
			.map(figure -> new PublishedFigureView(figure.campaignId(), figure.areaCode(), figure.areaName(),
					figure.period(), figure.count(),
					NumberFormat.getIntegerInstance(Locale.UK).format(figure.count()), figure.description(),
					figure.source()))
			.toList();
		return new PublishedView("published", text("statistics.api.notice.published"), figures);
	}

	private static Grouping grouping(String by) {
		if (by == null || by.isBlank()) {
			return Grouping.FORCE;
		}
		return switch (by.trim().toLowerCase(Locale.ROOT)) {
			case "force" -> Grouping.FORCE;
			case "region" -> Grouping.REGION;
			case LiveStatistics.ENGLAND_AND_WALES_CODE -> Grouping.ENGLAND_AND_WALES;
			default -> throw new InvalidInput("by", "statistics.api.by.unknown", by);
		};
	}

	private static String byName(Grouping grouping) {
		return switch (grouping) {
			case FORCE -> "force";
			case REGION -> "region";
			case ENGLAND_AND_WALES -> LiveStatistics.ENGLAND_AND_WALES_CODE;
		};
	}

	private Map<String, String> legend() {
		Map<String, String> legend = new LinkedHashMap<>();
		for (Symbol symbol : Symbol.values()) {
			legend.put(symbol.shorthand(), text(symbol.legendKey()));
		}
		return legend;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
