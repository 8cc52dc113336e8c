package org.crossforce.supercomplaints.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.crossforce.audit.AuditLog;
import org.crossforce.identity.SignedInUser;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.supercomplaints.Stage;
import org.crossforce.supercomplaints.internal.Complaints.Header;
import org.crossforce.supercomplaints.internal.EvidenceStore.Item;
import org.crossforce.supercomplaints.internal.PackContent.Evidence;
import org.crossforce.web.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting a super-complaint: every save writes a new, immutable version with the whole content (title, feature,
 * harm, forces and the ordered evidence list), so several people of the same body can work on it and each change says
 * who made it. A save based on an older version than the latest is refused, never merged or overwritten.
 */
@Component
class Drafts {

	static final ZoneId UK = ZoneId.of("Europe/London");

	static final int MAX_TEXT = 20000;

	/** What the author writes. {@code forces} are force codes, ignored when {@code allForces}. */
	record Text(String title, String feature, String harm, boolean allForces, List<String> forces) {

		Text {
			title = title == null ? "" : title.strip();
			feature = feature == null ? "" : feature.strip();
			harm = harm == null ? "" : harm.strip();
			forces = forces == null || allForces ? List.of() : forces.stream().distinct().sorted().toList();
		}

	}

	/** One saved version. */
	record Version(long complaintId, int number, Instant savedAt, String savedBy, String savedByName, String change,
			Text text, List<Long> evidenceIds) {
	}

	private final JdbcClient jdbc;

	private final Complaints complaints;

	private final EvidenceStore evidence;

	private final ComplaintAccess access;

	private final Forces forces;

	private final AuditLog audit;

	private final Clock clock;

	Drafts(JdbcClient jdbc, Complaints complaints, EvidenceStore evidence, ComplaintAccess access, Forces forces,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.complaints = complaints;
		this.evidence = evidence;
		this.access = access;
		this.forces = forces;
		this.audit = audit;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UK));
	}

	/** Starts a draft for the user's designated body; version 1 holds just the title. */
	@Transactional
	long create(SignedInUser user, String title) {
		access.requireDrafter(user);
		Text text = new Text(title, "", "", true, List.of());
		checkTitle(text);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into super_complaint (title, body_code, body_name, stage, all_forces, created_at, demo)
				values (:title, :code, :name, 'DRAFT', true, :at, false)""")
			.param("title", text.title())
			.param("code", user.organisation().code())
			.param("name", user.organisation().name())
			.param("at", Timestamp.from(now))
			.update();
		long id = jdbc.sql("select max(id) from super_complaint where body_code = :code")
			.param("code", user.organisation().code())
			.query(Long.class)
			.single();
		write(id, 1, user, "created", text, List.of(), now);
		audit.record(user.getUsername(), "SUPERCOMPLAINT_DRAFTED", subject(id), text.title());
		return id;
	}

	/** Saves new text as the next version; {@code base} is the version the author was editing. */
	@Transactional
	Version saveText(SignedInUser user, long id, int base, Text text) {
		Version latest = editable(user, id, base);
		checkTitle(text);
		if (text.feature().length() > MAX_TEXT) {
			throw new InvalidInput("feature", "supercomplaints.draft.tooLong", MAX_TEXT);
		}
		if (text.harm().length() > MAX_TEXT) {
			throw new InvalidInput("harm", "supercomplaints.draft.tooLong", MAX_TEXT);
		}
		if (!text.allForces()) {
			if (text.forces().isEmpty()) {
				throw new InvalidInput("forces", "supercomplaints.draft.forces.required");
			}
			for (String code : text.forces()) {
				if (!forces.exists(code)) {
					throw new InvalidInput("forces", "supercomplaints.draft.forces.unknown", code);
				}
			}
		}
		return next(user, latest, "text", text, latest.evidenceIds());
	}

	/** Adds a frozen item at the end of the evidence list, as the next version. */
	@Transactional
	Version addEvidence(SignedInUser user, long id, int base, EvidenceStore.Kind kind, Evidence item) {
		return addEvidence(user, id, base, kind, item, List.of());
	}

	/** Adds a frozen item with the warnings left in it (a case study's), as the next version. */
	@Transactional
	Version addEvidence(SignedInUser user, long id, int base, EvidenceStore.Kind kind, Evidence item,
			List<EvidenceStore.StoredWarning> warnings) {
		return addEvidence(user, id, base, kind, item, warnings, null);
	}

	/** Adds a case study drawn from a case, keeping the case's reference only to check its consent later. */
	@Transactional
	Version addEvidence(SignedInUser user, long id, int base, EvidenceStore.Kind kind, Evidence item,
			List<EvidenceStore.StoredWarning> warnings, String caseReference) {
		Version latest = editable(user, id, base);
		long itemId = evidence.add(id, kind, item, warnings, caseReference, clock.instant(), user.getUsername());
		List<Long> ids = new ArrayList<>(latest.evidenceIds());
		ids.add(itemId);
		return next(user, latest, "evidenceAdded", latest.text(), ids);
	}

	/** Removes an item from the evidence list (older versions keep it), as the next version. */
	@Transactional
	Version removeEvidence(SignedInUser user, long id, int base, long itemId) {
		Version latest = editable(user, id, base);
		List<Long> ids = new ArrayList<>(latest.evidenceIds());
		if (!ids.remove(Long.valueOf(itemId))) {
			throw new InvalidInput("evidence", "supercomplaints.evidence.notInDraft");
		}
		return next(user, latest, "evidenceRemoved", latest.text(), ids);
	}

	/** Moves an item one place up (towards the start) or down, as the next version. */
	@Transactional
	Version moveEvidence(SignedInUser user, long id, int base, long itemId, boolean up) {
		Version latest = editable(user, id, base);
		List<Long> ids = new ArrayList<>(latest.evidenceIds());
		int at = ids.indexOf(itemId);
		int to = up ? at - 1 : at + 1;
		if (at < 0 || to < 0 || to >= ids.size()) {
			throw new InvalidInput("evidence", "supercomplaints.evidence.cannotMove");
		}
		ids.set(at, ids.get(to));
		ids.set(to, itemId);
		return next(user, latest, "evidenceMoved", latest.text(), ids);
	}

	Optional<Version> latest(long id) {
		return jdbc.sql(SELECT + " where super_complaint_id = :id order by version desc fetch first 1 rows only")
			.param("id", id)
			.query(Drafts::version)
			.optional();
	}

	Optional<Version> version(long id, int number) {
		return jdbc.sql(SELECT + " where super_complaint_id = :id and version = :n")
			.param("id", id)
			.param("n", number)
			.query(Drafts::version)
			.optional();
	}

	/** Every version, newest first. */
	List<Version> versions(long id) {
		return jdbc.sql(SELECT + " where super_complaint_id = :id order by version desc")
			.param("id", id)
			.query(Drafts::version)
			.list();
	}

	List<Item> evidenceOf(Version version) {
		return evidence.items(version.complaintId(), version.evidenceIds());
	}

	/** The drafts and complaints of the user's body, newest first. */
	List<Header> ofBody(String bodyCode) {
		return complaints.ofBody(bodyCode);
	}

	/** The forces a version names, by name; empty when it concerns every force. */
	List<String> forceNames(Text text) {
		return text.forces().stream().map(code -> forces.find(code).map(Force::name).orElse(code)).toList();
	}

	/** What the evidence pack prints for one version: only what that version stored. */
	PackContent packContent(Header header, Version version) {
		return new PackContent(version.text().title(), header.bodyName(), version.number(), version.savedAt(),
				version.text().feature(), version.text().harm(), forceNames(version.text()),
				evidenceOf(version).stream().map(Item::evidence).toList());
	}

	static String subject(long id) {
		return "super-complaint:" + id;
	}

	/** The latest version, if the user may change the draft and it was based on that version; refused otherwise. */
	Version editable(SignedInUser user, long id, int base) {
		Header header = complaints.find(id).orElseThrow(ComplaintAccess::notFound);
		access.requireBodyUser(user, header);
		if (header.stage() != Stage.DRAFT) {
			throw new InvalidInput("stage", "supercomplaints.draft.notDraft");
		}
		Version latest = latest(id).orElseThrow();
		if (latest.number() != base) {
			throw new InvalidInput("baseVersion", "supercomplaints.draft.stale", base, latest.number(),
					latest.savedByName());
		}
		return latest;
	}

	private Version next(SignedInUser user, Version latest, String change, Text text, List<Long> ids) {
		int number = latest.number() + 1;
		Instant now = clock.instant();
		try {
			write(latest.complaintId(), number, user, change, text, ids, now);
		}
		catch (org.springframework.dao.DuplicateKeyException raced) {
			throw new InvalidInput("baseVersion", "supercomplaints.draft.stale", latest.number(), number, "");
		}
		jdbc.sql("""
				update super_complaint set title = :title, all_forces = :all, row_version = row_version + 1
				where id = :id""")
			.param("title", text.title())
			.param("all", text.allForces())
			.param("id", latest.complaintId())
			.update();
		jdbc.sql("delete from super_complaint_force where super_complaint_id = :id")
			.param("id", latest.complaintId())
			.update();
		for (String code : text.forces()) {
			jdbc.sql("insert into super_complaint_force (super_complaint_id, force_code) values (:id, :code)")
				.param("id", latest.complaintId())
				.param("code", code)
				.update();
		}
		audit.record(user.getUsername(), "SUPERCOMPLAINT_SAVED", subject(latest.complaintId()),
				"version " + number + ": " + change);
		return version(latest.complaintId(), number).orElseThrow();
	}

	private void write(long id, int number, SignedInUser user, String change, Text text, List<Long> ids,
			Instant at) {
		jdbc.sql("""
				insert into super_complaint_version (super_complaint_id, version, saved_at, saved_by, saved_by_name,
				  change_note, title, feature, harm, all_forces, forces, evidence_ids)
				values (:id, :n, :at, :by, :name, :change, :title, :feature, :harm, :all, :forces, :evidence)""")
			.param("id", id)
			.param("n", number)
			.param("at", Timestamp.from(at))
			.param("by", user.getUsername())
			.param("name", user.displayName())
			.param("change", change)
			.param("title", text.title())
			.param("feature", text.feature())
			.param("harm", text.harm())
			.param("all", text.allForces())
			.param("forces", String.join(",", text.forces()))
			.param("evidence", ids.stream().map(String::valueOf).collect(Collectors.joining(",")))
			.update();
	}

	private static void checkTitle(Text text) {
		if (text.title().isEmpty()) {
			throw new InvalidInput("title", "supercomplaints.draft.title.required");
		}
		if (text.title().length() > 200) {
			throw new InvalidInput("title", "supercomplaints.draft.title.tooLong");
		}
	}

	private static final String SELECT = """
			select super_complaint_id, version, saved_at, saved_by, saved_by_name, change_note, title, feature, harm,
			  all_forces, forces, evidence_ids
			from super_complaint_version""";

	private static Version version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String forces = rs.getString("forces");
		String ids = rs.getString("evidence_ids");
		boolean all = rs.getBoolean("all_forces");
		return new Version(rs.getLong("super_complaint_id"), rs.getInt("version"),
				rs.getTimestamp("saved_at").toInstant(), rs.getString("saved_by"), rs.getString("saved_by_name"),
				rs.getString("change_note"),
				new Text(rs.getString("title"), rs.getString("feature"), rs.getString("harm"), all,
						forces.isEmpty() ? List.of() : Arrays.asList(forces.split(","))),
				ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList());
	}

}
