package org.crossforce.supercomplaints.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.crossforce.statistics.CsvPublication;
import org.crossforce.statistics.OpenDataCell;
import org.crossforce.statistics.OpenDataCell.Text;
import org.crossforce.statistics.OpenDataCell.WholeNumber;
import org.crossforce.statistics.OpenDataTable;
import org.crossforce.supercomplaints.internal.Complaints.Header;
import org.crossforce.supercomplaints.internal.ComplaintReports.Line;
import org.crossforce.supercomplaints.internal.ComplaintReports.Recommendation;
import org.crossforce.supercomplaints.internal.ComplaintReports.Report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public tracker: every super-complaint past its draft with its stage and dates, and for each its report's
 * recommendations and who has answered them and how, with the same grid as CSV. Nothing here needs signing in, so
 * nothing here shows a draft, evidence or case data.
 */
@Controller
class TrackerPages {

	private final ComplaintReports reports;

	TrackerPages(ComplaintReports reports) {
		this.reports = reports;
	}

	@GetMapping("/supercomplaints/tracker")
	String list(Model model) {
		model.addAttribute("complaints", reports.publicList());
		return "supercomplaints/tracker/list";
	}

	@GetMapping("/supercomplaints/tracker/{id}")
	String detail(@PathVariable long id, Model model) {
		Header header = reports.publicHeader(id);
		model.addAttribute("complaint", header);
		model.addAttribute("forces", reports.forceNames(id));
		model.addAttribute("report", reports.report(id).orElse(null));
		return "supercomplaints/tracker/detail";
	}

	@GetMapping("/supercomplaints/tracker/{id}/responses.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id) {
		Header header = reports.publicHeader(id);
		byte[] body = CsvPublication.table(table(header, reports.report(id).orElse(null)));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("supercomplaint-" + id + "-responses.csv")
						.build()
						.toString())
			.body(body);
	}

	/** One row per recommendation and addressee, with plain machine-readable values. */
	OpenDataTable table(Header header, Report report) {
		List<List<OpenDataCell>> rows = new ArrayList<>();
		if (report != null) {
			for (Recommendation recommendation : report.recommendations()) {
				for (Line line : recommendation.lines()) {
					boolean answered = line.answered();
					rows.add(List.of(new WholeNumber(recommendation.number()), new Text(recommendation.text()),
							new Text(recommendation.illustrative() ? "yes" : "no"), new Text(line.name()),
							new Text(line.key()), new Text(line.due().toString()),
							new Text(answered ? line.response().status().name() : ""),
							new Text(answered ? line.response().progress().name() : ""),
							new Text(answered ? line.response().receivedOn().toString() : ""),
							new Text(answered ? line.response().text() : ""),
							new Text(answered && line.response().link() != null ? line.response().link() : ""),
							new Text(line.overdue() ? "yes" : "no")));
				}
			}
		}
		return new OpenDataTable("responses", header.title(),
				List.of("recommendation", "recommendation_text", "illustrative", "addressee", "addressee_key",
						"response_due", "status", "progress", "received_on", "response_text", "response_link",
						"overdue"),
				rows);
	}

}
