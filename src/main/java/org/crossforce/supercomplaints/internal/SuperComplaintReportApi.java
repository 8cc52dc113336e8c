package org.crossforce.supercomplaints.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.crossforce.identity.SignedInUser;
import org.crossforce.supercomplaints.Stage;
import org.crossforce.supercomplaints.internal.Complaints.Header;
import org.crossforce.supercomplaints.internal.ComplaintReports.Group;
import org.crossforce.supercomplaints.internal.ComplaintReports.Line;
import org.crossforce.supercomplaints.internal.ComplaintReports.Progress;
import org.crossforce.supercomplaints.internal.ComplaintReports.Recommendation;
import org.crossforce.supercomplaints.internal.ComplaintReports.Report;
import org.crossforce.supercomplaints.internal.ComplaintReports.Acceptance;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Super-complaints' reports, recommendations and responses for other systems; the tracker's reads are public. */
@RestController
@Tag(name = "Super-complaint reports", description = "Published reports, their recommendations and every addressee's response")
class SuperComplaintReportApi {

	private final ComplaintReports reports;

	SuperComplaintReportApi(ComplaintReports reports) {
		this.reports = reports;
	}

	record ComplaintJson(long id, String title, String body, Stage stage, LocalDate submittedOn,
			LocalDate acknowledgementDue, LocalDate acknowledgedOn, LocalDate decidedOn, LocalDate reportPublishedOn,
			boolean demo) {

		static ComplaintJson of(Header header) {
			return new ComplaintJson(header.id(), header.title(), header.bodyName(), header.stage(),
					header.submittedOn(), header.acknowledgementDue(), header.acknowledgedOn(), header.decidedOn(),
					header.reportPublishedOn(), header.demo());
		}

	}

	record ResponseJson(Acceptance status, Progress progress, String text, LocalDate receivedOn, String link) {
	}

	/** @param overdue no response after {@code due}; worked out when asked */
	record AddresseeJson(String key, String name, boolean viaAllChiefConstables, LocalDate due, boolean overdue,
			ResponseJson response) {
	}

	/** @param illustrative a summary written for the demo, not the report's words */
	record RecommendationJson(int number, String text, boolean illustrative, List<AddresseeJson> addressees) {
	}

	record ReportJson(String title, LocalDate publishedOn, String url, int responseDays, LocalDate responsesDue,
			List<RecommendationJson> recommendations) {
	}

	record TrackerJson(ComplaintJson complaint, List<String> forces, ReportJson report) {
	}

	record RecommendationBody(String text, Set<Group> addressees, List<String> forces, List<String> others) {
	}

	/** @param responseDays calendar days after publication for each response; left out for the default (56) */
	record ReportBody(String title, LocalDate publishedOn, String url, Integer responseDays,
			List<RecommendationBody> recommendations) {
	}

	/** @param addressee the line's key: force:&lt;code&gt;, pccs, college, iopc, home-office, moj or other:&lt;n&gt; */
	record ResponseBody(String addressee, Acceptance status, Progress progress, String text, LocalDate receivedOn,
			String link) {
	}

	@GetMapping("/api/supercomplaints/tracker")
	@Operation(summary = "Every super-complaint past its draft: body, stage and key dates (public)")
	List<ComplaintJson> tracker() {
		return reports.publicList().stream().map(ComplaintJson::of).toList();
	}

	@GetMapping("/api/supercomplaints/tracker/{id}")
	@Operation(summary = "One super-complaint's stage, dates, report and responses (public); 404 for a draft")
	TrackerJson tracker(@PathVariable long id) {
		Header header = reports.publicHeader(id);
		return new TrackerJson(ComplaintJson.of(header), reports.forceNames(id),
				reports.report(id).map(SuperComplaintReportApi::json).orElse(null));
	}

	@GetMapping("/api/supercomplaints/{id}/recommendations")
	@Operation(summary = "A published report's recommendations, each addressee's due date, response and overdue flag")
	List<RecommendationJson> recommendations(@PathVariable long id) {
		reports.publicHeader(id);
		return reports.report(id).map(report -> json(report).recommendations()).orElse(List.of());
	}

	@PostMapping("/api/supercomplaints/{id}/report")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "HMICFRS records the published report and its recommendations (complaint under investigation only); 400 names the field at fault")
	ReportJson publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestBody ReportBody body) {
		List<ComplaintReports.NewRecommendation> recommendations = body.recommendations() == null ? List.of()
				: body.recommendations()
					.stream()
					.map(r -> r == null ? new ComplaintReports.NewRecommendation(null, null, null, null)
							: new ComplaintReports.NewRecommendation(r.text(), r.addressees(), r.forces(), r.others()))
					.toList();
		reports.publish(user, id, new ComplaintReports.Publication(body.title(), body.publishedOn(), body.url(),
				body.responseDays(), recommendations));
		return json(reports.report(id).orElseThrow());
	}

	@PostMapping("/api/supercomplaints/{id}/recommendations/{number}/responses")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an addressee's response to one recommendation: HMICFRS for anyone, a force for itself, the College and the IOPC for themselves")
	RecommendationJson respond(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable int number, @RequestBody ResponseBody body) {
		reports.respond(user, id, number, body.addressee() == null ? "" : body.addressee().strip(),
				new ComplaintReports.ResponseEntry(body.status(), body.progress(), body.text(), body.receivedOn(),
						body.link()));
		return json(reports.report(id).orElseThrow()).recommendations()
			.stream()
			.filter(r -> r.number() == number)
			.findFirst()
			.orElseThrow();
	}

	static ReportJson json(Report report) {
		return new ReportJson(report.title(), report.publishedOn(), report.url(), report.responseDays(),
				report.responsesDue(), report.recommendations().stream().map(SuperComplaintReportApi::json).toList());
	}

	private static RecommendationJson json(Recommendation recommendation) {
		return new RecommendationJson(recommendation.number(), recommendation.text(), recommendation.illustrative(),
				recommendation.lines().stream().map(SuperComplaintReportApi::json).toList());
	}

	private static AddresseeJson json(Line line) {
		return new AddresseeJson(line.key(), line.name(), line.viaAllForces(), line.due(), line.overdue(),
				line.response() == null ? null
						: new ResponseJson(line.response().status(), line.response().progress(), line.response().text(),
								line.response().receivedOn(), line.response().link()));
	}

}
