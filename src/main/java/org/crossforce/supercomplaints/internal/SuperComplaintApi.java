package org.crossforce.supercomplaints.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.crossforce.identity.SignedInUser;
import org.crossforce.supercomplaints.Stage;
import org.crossforce.supercomplaints.internal.Complaints.Header;
import org.crossforce.supercomplaints.internal.PackContent.Evidence;
import org.crossforce.web.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Super-complaints")
class SuperComplaintApi {

	private final SuperComplaintViews views;

	private final Drafts drafts;

	private final Assessments assessments;

	private final EvidenceSources sources;

	private final CaseStudies caseStudies;

	SuperComplaintApi(SuperComplaintViews views, Drafts drafts, Assessments assessments, EvidenceSources sources,
			CaseStudies caseStudies) {
		this.views = views;
		this.drafts = drafts;
		this.assessments = assessments;
		this.sources = sources;
		this.caseStudies = caseStudies;
	}

	record Summary(long id, String title, String body, Stage stage, LocalDate submittedOn,
			LocalDate acknowledgementDue, LocalDate acknowledgedOn, LocalDate decidedOn) {

		static Summary of(Header header) {
			return new Summary(header.id(), header.title(), header.bodyName(), header.stage(), header.submittedOn(),
					header.acknowledgementDue(), header.acknowledgedOn(), header.decidedOn());
		}

	}

	record VersionSummary(int version, Instant savedAt, String savedBy, String change) {
	}

	/** @param warnings for a case study, what was left in it that may still identify someone when it was saved */
	record EvidenceItem(long id, String kind, Evidence content, List<EvidenceStore.StoredWarning> warnings) {
	}

	/** A case the body recorded whose victim consents to anonymised use. */
	record ConsentedCase(String reference, Instant submittedAt) {
	}

	/**
	 * @param caseReference a case from {@code /case-studies/cases}, or empty for an account written by hand
	 * @param text the account: anonymised again before it is stored
	 */
	record NewCaseStudy(Integer baseVersion, String caseReference, String title, String text) {
	}

	record Detail(Summary complaint, Integer submittedVersion, int version, String title, String feature,
			String harm, boolean allForces, List<String> forces, List<EvidenceItem> evidence,
			List<VersionSummary> versions, List<Assessments.View> views, Assessments.Decision decision,
			List<Assessments.Progress> progressReports) {
	}

	record NewDraft(String title) {
	}

	/** @param baseVersion the version you edited: refused if someone saved a later one */
	record DraftText(Integer baseVersion, String title, String feature, String harm, Boolean allForces,
			List<String> forces) {
	}

	/**
	 * @param source STATISTICS (with measure and optional year such as "2024-25"), PUBLISHED_FIGURES or FOI_DATASET
	 * (with the id of a campaign of your organisation)
	 */
	record NewEvidence(Integer baseVersion, String source, String measure, String year, String campaign) {
	}

	record Submission(Integer version) {
	}

	record Judgement(Boolean eligible, String reasons) {
	}

	record ProgressReport(LocalDate reportedOn, String text) {
	}

	@GetMapping("/api/supercomplaints")
	@Operation(summary = "The super-complaints you may read: your body's, drafts included, or, for HMICFRS, the "
			+ "College of Policing and the IOPC, every one submitted.")
	List<Summary> list(@AuthenticationPrincipal SignedInUser user) {
		return views.readable(user).stream().map(Summary::of).toList();
	}

	@GetMapping("/api/supercomplaints/{id}")
	@Operation(summary = "One super-complaint: its stage and dates, the version the assessors read (the latest for "
			+ "the body's own users), its evidence, every version, the views, the decision and the progress reports.")
	Detail detail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		SuperComplaintViews.Shown shown = views.shown(user, id, null);
		Drafts.Version version = shown.version();
		return new Detail(Summary.of(shown.header()), shown.submittedVersion(), version.number(),
				version.text().title(), version.text().feature(), version.text().harm(), version.text().allForces(),
				version.text().forces(),
				shown.evidence().stream().map(item -> new EvidenceItem(item.id(), item.kind().name(), item.evidence(), item.warnings())).toList(),
				shown.versions().stream().map(v -> new VersionSummary(v.number(), v.savedAt(), v.savedByName(), v.change())).toList(),
				assessments.views(id), assessments.decision(id).orElse(null), assessments.progress(id));
	}

	@PostMapping("/api/supercomplaints")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a draft for your designated body (advocates of a designated body only).")
	Detail create(@AuthenticationPrincipal SignedInUser user, @RequestBody NewDraft request) {
		return detail(user, drafts.create(user, request.title()));
	}

	@PutMapping("/api/supercomplaints/{id}")
	@Operation(summary = "Save the draft's text as a new version. 400 naming baseVersion if someone saved a later "
			+ "version than the one you edited.")
	Detail save(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody DraftText request) {
		drafts.saveText(user, id, base(request.baseVersion()), new Drafts.Text(request.title(), request.feature(),
				request.harm(), request.allForces() == null || request.allForces(), request.forces()));
		return detail(user, id);
	}

	@PostMapping("/api/supercomplaints/{id}/evidence")
	@Operation(summary = "Freeze a table into the draft as a new version: a statistics table as published now, or "
			+ "the figures published from earlier FOI work. It never changes afterwards.")
	Detail addEvidence(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestBody NewEvidence request) {
		int base = base(request.baseVersion());
		String source = request.source() == null ? "" : request.source();
		switch (source) {
			case "STATISTICS" -> drafts.addEvidence(user, id, base, EvidenceStore.Kind.STATISTICS,
					sources.statistics(request.measure(), request.year()));
			case "PUBLISHED_FIGURES" -> drafts.addEvidence(user, id, base, EvidenceStore.Kind.PUBLISHED_FIGURES,
					sources.publishedFigures());
			case "FOI_DATASET" -> {
				drafts.editable(user, id, base);
				drafts.addEvidence(user, id, base, EvidenceStore.Kind.FOI_DATASET,
						sources.foiDataset(user, request.campaign()));
			}
			default -> throw new InvalidInput("source", "supercomplaints.evidence.source.choose");
		}
		return detail(user, id);
	}

	@GetMapping("/api/supercomplaints/{id}/case-studies/cases")
	@Operation(summary = "The cases your organisation recorded whose victim consents to anonymised use, newest first: "
			+ "those a case study for this draft may be drawn from.")
	List<ConsentedCase> consentedCases(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		return caseStudies.choices(user, id)
			.stream()
			.map(summary -> new ConsentedCase(summary.reference(), summary.submittedAt()))
			.toList();
	}

	@PostMapping("/api/supercomplaints/{id}/case-studies")
	@Operation(summary = "Add a case study as a new version: the account of a consented case, or text written by "
			+ "hand, anonymised before it is stored (names, references, postcodes, phone numbers, emails, places "
			+ "removed, dates shown as months). Only the anonymised text is stored, with what may still identify "
			+ "someone as warnings.")
	Detail addCaseStudy(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestBody NewCaseStudy request) {
		String text = request.text();
		if ((text == null || text.isBlank()) && request.caseReference() != null && !request.caseReference().isBlank()) {
			text = caseStudies.fromCase(user, id, request.caseReference()).anonymised().text();
		}
		caseStudies.save(user, id, base(request.baseVersion()), request.caseReference(), request.title(), text);
		return detail(user, id);
	}

	@PostMapping("/api/supercomplaints/{id}/submit")
	@Operation(summary = "Submit a version (the latest) to HM Chief Inspector of Constabulary; needs the feature, the "
			+ "harm and at least one item of evidence. The acknowledgement is due in 5 working days (England and Wales).")
	Detail submit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestBody Submission request) {
		if (request.version() == null) {
			throw new InvalidInput("version", "supercomplaints.version.required");
		}
		assessments.submit(user, id, request.version());
		return detail(user, id);
	}

	@PostMapping("/api/supercomplaints/{id}/acknowledge")
	@Operation(summary = "HMICFRS acknowledges a submitted complaint.")
	Detail acknowledge(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		assessments.acknowledge(user, id);
		return detail(user, id);
	}

	@PostMapping("/api/supercomplaints/{id}/views")
	@Operation(summary = "HMICFRS, the College of Policing or the IOPC records its view on eligibility, once.")
	Detail view(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody Judgement request) {
		assessments.recordView(user, id, request.eligible(), request.reasons());
		return detail(user, id);
	}

	@PostMapping("/api/supercomplaints/{id}/decision")
	@Operation(summary = "HMICFRS records the joint decision after all three views; reasons are required when it is "
			+ "ineligible.")
	Detail decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody Judgement request) {
		assessments.decide(user, id, request.eligible(), request.reasons());
		return detail(user, id);
	}

	@PostMapping("/api/supercomplaints/{id}/progress-reports")
	@Operation(summary = "HMICFRS records a progress report while the complaint is investigated.")
	Detail progress(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestBody ProgressReport request) {
		assessments.addProgress(user, id, request.reportedOn(), request.text());
		return detail(user, id);
	}

	private static int base(Integer baseVersion) {
		if (baseVersion == null) {
			throw new InvalidInput("baseVersion", "supercomplaints.version.required");
		}
		return baseVersion;
	}

}
