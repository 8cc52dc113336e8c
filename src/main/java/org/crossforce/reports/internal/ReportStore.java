package org.crossforce.reports.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.crossforce.reports.AbuseKind;
import org.crossforce.reports.NewReport;
import org.crossforce.reports.Submitter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The reports module's tables. Takes fields already encrypted; never sees a key. */
@Repository
class ReportStore {

	private final JdbcClient jdbc;

	ReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean referenceExists(String reference) {
		return jdbc.sql("select count(*) from report where reference = :reference")
			.param("reference", reference)
			.query(Long.class)
			.single() > 0;
	}

	/** The encrypted and indexed parts of a report, ready to store. */
	record SealedReport(String reference, Instant submittedAt, Submitter submitter, String passphraseHash,
			byte[] accusedNames, byte[] accusedIdentifier, String accusedNameIndex, String accusedIdentifierIndex,
			byte[] victimIdentity, byte[] victimContact, byte[] narrative, String indicators) {
	}

	long insert(NewReport report, SealedReport sealed) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into report (reference, submitted_at, channel, submitted_by, submitted_by_org, passphrase_hash,
				  accused_names_enc, accused_identifier_enc, accused_name_index, accused_identifier_index,
				  accused_force, accused_role, accused_rank, victim_anonymous, victim_identity_enc, victim_contact_enc,
				  victim_force, relationship, incident_force, occurred_from, occurred_to, narrative_enc, indicators,
				  consent_share, consent_anonymised_use, consent_given_how, consent_given_on)
				values (:reference, :submittedAt, :channel, :submittedBy, :submittedByOrg, :passphraseHash,
				  :accusedNames, :accusedIdentifier, :accusedNameIndex, :accusedIdentifierIndex,
				  :accusedForce, :accusedRole, :accusedRank, :anonymous, :victimIdentity, :victimContact,
				  :victimForce, :relationship, :incidentForce, :occurredFrom, :occurredTo, :narrative, :indicators,
				  :consentShare, :consentAnonymisedUse, :consentGivenHow, :consentGivenOn)
				""")
			.param("reference", sealed.reference())
			.param("submittedAt", Timestamp.from(sealed.submittedAt()))
			.param("channel", sealed.submitter().channel().name())
			.param("submittedBy", sealed.submitter().username())
			.param("submittedByOrg", sealed.submitter().organisation())
			.param("passphraseHash", sealed.passphraseHash())
			.param("accusedNames", sealed.accusedNames())
			.param("accusedIdentifier", sealed.accusedIdentifier())
			.param("accusedNameIndex", sealed.accusedNameIndex())
			.param("accusedIdentifierIndex", sealed.accusedIdentifierIndex())
			.param("accusedForce", report.accused().force())
			.param("accusedRole", report.accused().role().name())
			.param("accusedRank", blankToNull(report.accused().rank()))
			.param("anonymous", report.anonymous())
			.param("victimIdentity", sealed.victimIdentity())
			.param("victimContact", sealed.victimContact())
			.param("victimForce", report.victimForce())
			.param("relationship", report.relationship().name())
			.param("incidentForce", report.incidentForce())
			.param("occurredFrom", Date.valueOf(report.occurredFrom()))
			.param("occurredTo", report.occurredTo() == null ? null : Date.valueOf(report.occurredTo()))
			.param("narrative", sealed.narrative())
			.param("indicators", sealed.indicators())
			.param("consentShare", report.consent().shareWithInvestigatingForce())
			.param("consentAnonymisedUse", report.consent().anonymisedUse())
			.param("consentGivenHow", report.consent().givenHow() == null ? null : report.consent().givenHow().name())
			.param("consentGivenOn", report.consent().givenOn() == null ? null : Date.valueOf(report.consent().givenOn()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (String force : report.accused().previousForces().stream().distinct().toList()) {
			jdbc.sql("insert into report_previous_force (report_id, force_code) values (:id, :force)")
				.param("id", id)
				.param("force", force)
				.update();
		}
		for (AbuseKind kind : report.abuseKinds()) {
			jdbc.sql("insert into report_abuse_kind (report_id, kind) values (:id, :kind)")
				.param("id", id)
				.param("kind", kind.name())
				.update();
		}
		return id;
	}

	void insertEvidence(long reportId, int position, byte[] filename, String mediaType, int size, byte[] content,
			Instant at) {
		jdbc.sql("""
				insert into evidence_file (report_id, position, filename_enc, media_type, size_bytes, content_enc, uploaded_at)
				values (:reportId, :position, :filename, :mediaType, :size, :content, :at)
				""")
			.param("reportId", reportId)
			.param("position", position)
			.param("filename", filename)
			.param("mediaType", mediaType)
			.param("size", size)
			.param("content", content)
			.param("at", Timestamp.from(at))
			.update();
	}

	static String joined(List<String> values) {
		return values.stream().sorted().collect(Collectors.joining(","));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
