package org.crossforce.supercomplaints.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.supercomplaints.internal.PackContent.CaseStudy;
import org.crossforce.supercomplaints.internal.PackContent.Evidence;
import org.crossforce.supercomplaints.internal.PackContent.FrozenTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence items frozen as JSON when they are added and never changed afterwards, so a version that lists an item
 * always shows and prints the same figures however the live data moves on.
 */
@Component
class EvidenceStore {

	/** What an evidence item is; {@code STATISTICS}, {@code FOI_DATASET} and {@code PUBLISHED_FIGURES} are tables. */
	enum Kind {
		STATISTICS, FOI_DATASET, PUBLISHED_FIGURES, CASE_STUDY
	}

	/**
	 * What is left in a stored case study that may still identify someone, as the author was warned of it when they
	 * saved: the message key of the reason, the words (its {@code {0}}) and the words around them.
	 */
	record StoredWarning(String messageKey, String text, String snippet) {
	}

	/** A case study as stored: what the pack prints, and the warnings that were left when it was saved. */
	record StoredCaseStudy(String title, String source, String text, List<StoredWarning> warnings) {

		StoredCaseStudy {
			warnings = warnings == null ? List.of() : List.copyOf(warnings);
		}

	}

	/** One stored item; {@code warnings} only ever for a case study. */
	record Item(long id, Kind kind, Evidence evidence, Instant addedAt, String addedBy, List<StoredWarning> warnings) {

		public boolean caseStudy() {
			return evidence instanceof CaseStudy;
		}

		public String title() {
			return evidence.title();
		}

		public boolean table() {
			return evidence instanceof FrozenTable;
		}

	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	EvidenceStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long add(long complaintId, Kind kind, Evidence evidence, Instant at, String by) {
		return add(complaintId, kind, evidence, List.of(), null, at, by);
	}

	/**
	 * Stores the item; a case study's warnings are stored with it (a table has none).
	 * @param caseReference the case a case study was drawn from, kept only to check its consent; null otherwise
	 */
	long add(long complaintId, Kind kind, Evidence evidence, List<StoredWarning> warnings, String caseReference,
			Instant at, String by) {
		String content = evidence instanceof CaseStudy study
				? json.writeValueAsString(new StoredCaseStudy(study.title(), study.source(), study.text(), warnings))
				: json.writeValueAsString(evidence);
		jdbc.sql("""
				insert into super_complaint_evidence (super_complaint_id, kind, title, content, case_reference, added_at,
				  added_by)
				values (:complaint, :kind, :title, :content, :caseReference, :at, :by)""")
			.param("complaint", complaintId)
			.param("kind", kind.name())
			.param("title", truncate(evidence.title(), 400))
			.param("content", content)
			.param("caseReference", caseReference)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
		return jdbc.sql("select max(id) from super_complaint_evidence where super_complaint_id = :complaint")
			.param("complaint", complaintId)
			.query(Long.class)
			.single();
	}

	/** The items with these ids belonging to the complaint, in the order of the ids. */
	List<Item> items(long complaintId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Item> byId = new LinkedHashMap<>();
		jdbc.sql("""
				select id, kind, content, added_at, added_by from super_complaint_evidence
				where super_complaint_id = :complaint and id in (:ids)""")
			.param("complaint", complaintId)
			.param("ids", ids)
			.query((rs, row) -> {
				Kind kind = Kind.valueOf(rs.getString("kind"));
				Instant addedAt = rs.getTimestamp("added_at").toInstant();
				if (kind == Kind.CASE_STUDY) {
					StoredCaseStudy study = json.readValue(rs.getString("content"), StoredCaseStudy.class);
					return new Item(rs.getLong("id"), kind,
							new CaseStudy(study.title(), study.source(), study.text()), addedAt,
							rs.getString("added_by"), study.warnings());
				}
				return new Item(rs.getLong("id"), kind, json.readValue(rs.getString("content"), FrozenTable.class),
						addedAt, rs.getString("added_by"), List.of());
			})
			.list()
			.forEach(item -> byId.put(item.id(), item));
		List<Item> ordered = new ArrayList<>();
		for (Long id : ids) {
			if (byId.containsKey(id)) {
				ordered.add(byId.get(id));
			}
		}
		return ordered;
	}

	/** The case studies among these items that were drawn from a case: item id → the case's reference. */
	Map<Long, String> caseReferences(long complaintId, Collection<Long> ids) {
		Map<Long, String> references = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return references;
		}
		jdbc.sql("""
				select id, case_reference from super_complaint_evidence
				where super_complaint_id = :complaint and id in (:ids) and case_reference is not null""")
			.param("complaint", complaintId)
			.param("ids", ids)
			.query((java.sql.ResultSet rs) -> {
				references.put(rs.getLong("id"), rs.getString("case_reference"));
			});
		return references;
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

}
