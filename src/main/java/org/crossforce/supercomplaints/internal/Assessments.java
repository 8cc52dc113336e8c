package org.crossforce.supercomplaints.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.crossforce.audit.AuditLog;
import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.calendar.WorkingDayRule;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.supercomplaints.Stage;
import org.crossforce.supercomplaints.internal.Complaints.Header;
import org.crossforce.web.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A super-complaint from submission to the joint decision: the body submits one version to HM Chief Inspector of
 * Constabulary; HMICFRS acknowledges it (due within 5 working days on the England and Wales calendar); HMICFRS, the
 * College of Policing and the IOPC each record a view; HMICFRS records the joint decision, with written reasons when
 * it is ineligible; while it is investigated HMICFRS records progress reports. Every step checks the role and moves
 * the stage through {@link Complaints#move}, so an out-of-order step is refused.
 */
@Component
class Assessments {

	static final int ACKNOWLEDGEMENT_WORKING_DAYS = 5;

	/** One assessor's view. */
	record View(Role assessor, boolean eligible, String reasons, Instant recordedAt, String recordedBy) {
	}

	record Progress(long id, LocalDate reportedOn, String text, Instant recordedAt, String recordedBy) {
	}

	record Decision(boolean eligible, String reasons, LocalDate decidedOn) {
	}

	private final JdbcClient jdbc;

	private final Complaints complaints;

	private final Drafts drafts;

	private final ComplaintAccess access;

	private final WorkingDayCalendar calendar;

	private final AuditLog audit;

	private final Clock clock;

	private final CaseStudies caseStudies;

	Assessments(JdbcClient jdbc, Complaints complaints, Drafts drafts, ComplaintAccess access,
			WorkingDayCalendar calendar, AuditLog audit, Clock clock, CaseStudies caseStudies) {
		this.caseStudies = caseStudies;
		this.jdbc = jdbc;
		this.complaints = complaints;
		this.drafts = drafts;
		this.access = access;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/** The acknowledgement is due 5 working days after submission, skipping England and Wales bank holidays only. */
	LocalDate acknowledgementDue(LocalDate submittedOn) {
		return calendar.due(submittedOn, ACKNOWLEDGEMENT_WORKING_DAYS, WorkingDayRule.EW).due();
	}

	@Transactional
	void submit(SignedInUser user, long id, int version) {
		Header header = header(id);
		access.requireBodyUser(user, header);
		Drafts.Version latest = drafts.latest(id).orElseThrow();
		if (latest.number() != version) {
			throw new InvalidInput("baseVersion", "supercomplaints.draft.stale", version, latest.number(),
					latest.savedByName());
		}
		if (latest.text().feature().isEmpty()) {
			throw new InvalidInput("feature", "supercomplaints.submit.feature.required");
		}
		if (latest.text().harm().isEmpty()) {
			throw new InvalidInput("harm", "supercomplaints.submit.harm.required");
		}
		if (latest.evidenceIds().isEmpty()) {
			throw new InvalidInput("evidence", "supercomplaints.submit.evidence.required");
		}
		int withoutConsent = caseStudies.withoutConsent(id, latest.evidenceIds()).size();
		if (withoutConsent > 0) {
			throw new InvalidInput("evidence", "supercomplaints.submit.consentWithdrawn", withoutConsent);
		}
		complaints.move(id, Stage.DRAFT, Stage.SUBMITTED);
		LocalDate today = drafts.today();
		jdbc.sql("""
				update super_complaint set submitted_on = :on, acknowledgement_due = :due, submitted_version = :version
				where id = :id""")
			.param("on", Date.valueOf(today))
			.param("due", Date.valueOf(acknowledgementDue(today)))
			.param("version", version)
			.param("id", id)
			.update();
		audit.record(user.getUsername(), "SUPERCOMPLAINT_SUBMITTED", Drafts.subject(id), "version " + version);
	}

	@Transactional
	void acknowledge(SignedInUser user, long id) {
		ComplaintAccess.requireRole(user, Role.INSPECTOR);
		header(id);
		complaints.move(id, Stage.SUBMITTED, Stage.ACKNOWLEDGED);
		jdbc.sql("update super_complaint set acknowledged_on = :on where id = :id")
			.param("on", Date.valueOf(drafts.today()))
			.param("id", id)
			.update();
		audit.record(user.getUsername(), "SUPERCOMPLAINT_ACKNOWLEDGED", Drafts.subject(id), "");
	}

	/** Records the view of the user's organisation: HMICFRS, the College of Policing or the IOPC, once each. */
	@Transactional
	void recordView(SignedInUser user, long id, Boolean eligible, String reasons) {
		Role assessor = assessorRole(user);
		Header header = header(id);
		if (header.stage() != Stage.ACKNOWLEDGED) {
			throw new InvalidInput("stage", "supercomplaints.view.notAcknowledged");
		}
		if (eligible == null) {
			throw new InvalidInput("eligible", "supercomplaints.view.eligible.required");
		}
		String text = reasons == null ? "" : reasons.strip();
		if (text.isEmpty()) {
			throw new InvalidInput("reasons", "supercomplaints.view.reasons.required");
		}
		if (text.length() > Drafts.MAX_TEXT) {
			throw new InvalidInput("reasons", "supercomplaints.draft.tooLong", Drafts.MAX_TEXT);
		}
		if (views(id).stream().anyMatch(view -> view.assessor() == assessor)) {
			throw new InvalidInput("eligible", "supercomplaints.view.already");
		}
		jdbc.sql("""
				insert into super_complaint_view (super_complaint_id, assessor, eligible, reasons, recorded_at, recorded_by)
				values (:id, :assessor, :eligible, :reasons, :at, :by)""")
			.param("id", id)
			.param("assessor", assessor.name())
			.param("eligible", eligible)
			.param("reasons", text)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", user.getUsername())
			.update();
		audit.record(user.getUsername(), "SUPERCOMPLAINT_VIEW", Drafts.subject(id),
				assessor + ": " + (eligible ? "eligible" : "ineligible"));
	}

	/** HMICFRS records the joint decision once all three views are in. */
	@Transactional
	void decide(SignedInUser user, long id, Boolean eligible, String reasons) {
		ComplaintAccess.requireRole(user, Role.INSPECTOR);
		Header header = header(id);
		if (header.stage() != Stage.ACKNOWLEDGED) {
			throw new InvalidInput("stage", "supercomplaints.view.notAcknowledged");
		}
		if (views(id).size() < ComplaintAccess.ASSESSORS.size()) {
			throw new InvalidInput("eligible", "supercomplaints.decision.viewsMissing");
		}
		if (eligible == null) {
			throw new InvalidInput("eligible", "supercomplaints.view.eligible.required");
		}
		String text = reasons == null ? "" : reasons.strip();
		if (!eligible && text.isEmpty()) {
			throw new InvalidInput("reasons", "supercomplaints.decision.reasons.required");
		}
		if (text.length() > Drafts.MAX_TEXT) {
			throw new InvalidInput("reasons", "supercomplaints.draft.tooLong", Drafts.MAX_TEXT);
		}
		complaints.move(id, Stage.ACKNOWLEDGED, eligible ? Stage.UNDER_INVESTIGATION : Stage.INELIGIBLE);
		jdbc.sql("""
				update super_complaint set decided_on = :on, decision_eligible = :eligible, decision_reasons = :reasons
				where id = :id""")
			.param("on", Date.valueOf(drafts.today()))
			.param("eligible", eligible)
			.param("reasons", text)
			.param("id", id)
			.update();
		audit.record(user.getUsername(), "SUPERCOMPLAINT_DECIDED", Drafts.subject(id),
				eligible ? "eligible" : "ineligible");
	}

	@Transactional
	void addProgress(SignedInUser user, long id, LocalDate reportedOn, String text) {
		ComplaintAccess.requireRole(user, Role.INSPECTOR);
		Header header = header(id);
		if (header.stage() != Stage.UNDER_INVESTIGATION) {
			throw new InvalidInput("stage", "supercomplaints.progress.notInvestigated");
		}
		if (reportedOn == null) {
			throw new InvalidInput("reportedOn", "supercomplaints.progress.date.required");
		}
		if (reportedOn.isAfter(drafts.today())) {
			throw new InvalidInput("reportedOn", "supercomplaints.progress.date.future");
		}
		String body = text == null ? "" : text.strip();
		if (body.isEmpty()) {
			throw new InvalidInput("text", "supercomplaints.progress.text.required");
		}
		if (body.length() > Drafts.MAX_TEXT) {
			throw new InvalidInput("text", "supercomplaints.draft.tooLong", Drafts.MAX_TEXT);
		}
		jdbc.sql("""
				insert into super_complaint_progress (super_complaint_id, reported_on, text, recorded_at, recorded_by)
				values (:id, :on, :text, :at, :by)""")
			.param("id", id)
			.param("on", Date.valueOf(reportedOn))
			.param("text", body)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", user.getUsername())
			.update();
		audit.record(user.getUsername(), "SUPERCOMPLAINT_PROGRESS", Drafts.subject(id), reportedOn.toString());
	}

	List<View> views(long id) {
		return jdbc.sql("""
				select assessor, eligible, reasons, recorded_at, recorded_by from super_complaint_view
				where super_complaint_id = :id order by recorded_at, assessor""")
			.param("id", id)
			.query((rs, row) -> new View(Role.valueOf(rs.getString("assessor")), rs.getBoolean("eligible"),
					rs.getString("reasons"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
			.list();
	}

	List<Progress> progress(long id) {
		return jdbc.sql("""
				select id, reported_on, text, recorded_at, recorded_by from super_complaint_progress
				where super_complaint_id = :id order by reported_on, id""")
			.param("id", id)
			.query((rs, row) -> new Progress(rs.getLong("id"), rs.getObject("reported_on", LocalDate.class),
					rs.getString("text"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
			.list();
	}

	Optional<Decision> decision(long id) {
		return jdbc.sql("""
				select decision_eligible, decision_reasons, decided_on from super_complaint
				where id = :id and decided_on is not null""")
			.param("id", id)
			.query((rs, row) -> new Decision(rs.getBoolean("decision_eligible"), rs.getString("decision_reasons"),
					rs.getObject("decided_on", LocalDate.class)))
			.optional();
	}

	Optional<Integer> submittedVersion(long id) {
		return jdbc.sql("select submitted_version from super_complaint where id = :id and submitted_version is not null")
			.param("id", id)
			.query(Integer.class)
			.optional();
	}

	/** Submitted complaints whose acknowledgement is overdue today, oldest due first. */
	List<Header> overdueAcknowledgements() {
		LocalDate today = drafts.today();
		return complaints.submitted()
			.stream()
			.filter(header -> header.stage() == Stage.SUBMITTED && header.acknowledgementDue() != null
					&& header.acknowledgementDue().isBefore(today))
			.sorted(java.util.Comparator.comparing(Header::acknowledgementDue))
			.toList();
	}

	/**
	 * Possible repeats of a complaint: others under investigation or with a published report whose forces overlap
	 * (a complaint about every force overlaps every other) and whose feature shares at least two significant words.
	 */
	List<Header> possibleRepeats(long id) {
		Header header = header(id);
		Optional<Drafts.Version> submitted = submittedVersion(id).flatMap(n -> drafts.version(id, n));
		if (submitted.isEmpty()) {
			return List.of();
		}
		Set<String> words = significantWords(submitted.get().text().feature());
		List<String> forces = submitted.get().text().forces();
		return complaints.submitted()
			.stream()
			.filter(other -> other.id() != header.id())
			.filter(other -> other.stage() == Stage.UNDER_INVESTIGATION || other.stage() == Stage.REPORT_PUBLISHED)
			.filter(other -> {
				List<String> otherForces = complaints.forces(other.id());
				return header.allForces() || other.allForces() || forces.isEmpty() || otherForces.isEmpty()
						|| otherForces.stream().anyMatch(forces::contains);
			})
			.filter(other -> {
				Optional<Drafts.Version> version = submittedVersion(other.id()).flatMap(n -> drafts.version(other.id(), n));
				String feature = version.map(v -> v.text().feature()).orElse(other.title());
				Set<String> shared = new HashSet<>(significantWords(feature));
				shared.retainAll(words);
				return shared.size() >= 2;
			})
			.toList();
	}

	private static final Set<String> COMMON = Set.of("the", "and", "for", "that", "with", "from", "this", "are",
			"was", "were", "have", "has", "their", "they", "which", "into", "when", "where", "police", "forces",
			"force", "policing", "about", "been", "not", "but", "its", "who", "whose", "than", "them", "our",
			"will", "would", "should", "also", "other", "such", "these", "those");

	static Set<String> significantWords(String text) {
		Set<String> words = new HashSet<>();
		for (String word : text.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 4 && !COMMON.contains(word)) {
				words.add(word.endsWith("s") && word.length() > 4 ? word.substring(0, word.length() - 1) : word);
			}
		}
		return words;
	}

	private Header header(long id) {
		return complaints.find(id).orElseThrow(ComplaintAccess::notFound);
	}

	private static Role assessorRole(SignedInUser user) {
		return ComplaintAccess.ASSESSORS.stream()
			.filter(user::hasRole)
			.findFirst()
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not an assessor"));
	}

}
