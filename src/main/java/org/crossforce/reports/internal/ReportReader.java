package org.crossforce.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crossforce.reports.AbuseKind;
import org.crossforce.reports.AccusedRole;
import org.crossforce.reports.Consent;
import org.crossforce.reports.Relationship;
import org.crossforce.reports.ReportSummary;
import org.crossforce.reports.Submitter;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads reports back: summaries in clear, protected fields still sealed for {@code Reports} to open. */
@Repository
public class ReportReader {

	private final JdbcClient jdbc;

	ReportReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record SealedAccused(byte[] names, byte[] identifier) {
	}

	public record SealedVictim(byte[] identity, byte[] contact, byte[] narrative) {
	}

	public record SealedFile(long id, int position, byte[] filename, String mediaType, int sizeBytes, byte[] content) {
	}

	public Optional<ReportSummary> summary(String reference) {
		return jdbc.sql("select * from report where reference = :reference")
			.param("reference", reference)
			.query((RowMapper<ReportSummary>) this::summary)
			.optional();
	}

	public List<ReportSummary> submittedBy(String organisation, int limit, int offset) {
		return jdbc.sql("""
				select * from report where submitted_by_org = :organisation
				order by submitted_at desc, id desc limit :limit offset :offset
				""")
			.param("organisation", organisation)
			.param("limit", limit)
			.param("offset", offset)
			.query((RowMapper<ReportSummary>) this::summary)
			.list();
	}

	public long countSubmittedBy(String organisation) {
		return jdbc.sql("select count(*) from report where submitted_by_org = :organisation")
			.param("organisation", organisation)
			.query(Long.class)
			.single();
	}

	public List<String> referencesSubmittedBy(String organisation) {
		return jdbc.sql("select reference from report where submitted_by_org = :organisation order by submitted_at desc")
			.param("organisation", organisation)
			.query(String.class)
			.list();
	}

	public Optional<SealedAccused> sealedAccused(String reference) {
		return jdbc.sql("select accused_names_enc, accused_identifier_enc from report where reference = :reference")
			.param("reference", reference)
			.query((rs, row) -> new SealedAccused(rs.getBytes(1), rs.getBytes(2)))
			.optional();
	}

	public Optional<SealedVictim> sealedVictim(String reference) {
		return jdbc.sql("""
				select victim_identity_enc, victim_contact_enc, narrative_enc from report where reference = :reference
				""")
			.param("reference", reference)
			.query((rs, row) -> new SealedVictim(rs.getBytes(1), rs.getBytes(2), rs.getBytes(3)))
			.optional();
	}

	public List<SealedFile> sealedFiles(String reference) {
		return jdbc.sql("""
				select f.id, f.position, f.filename_enc, f.media_type, f.size_bytes
				from evidence_file f join report r on r.id = f.report_id
				where r.reference = :reference order by f.position
				""")
			.param("reference", reference)
			.query((rs, row) -> new SealedFile(rs.getLong(1), rs.getInt(2), rs.getBytes(3), rs.getString(4),
					rs.getInt(5), null))
			.list();
	}

	public Optional<SealedFile> sealedFileContent(String reference, long fileId) {
		return jdbc.sql("""
				select f.id, f.position, f.media_type, f.size_bytes, f.content_enc
				from evidence_file f join report r on r.id = f.report_id
				where r.reference = :reference and f.id = :id
				""")
			.param("reference", reference)
			.param("id", fileId)
			.query((rs, row) -> new SealedFile(rs.getLong(1), rs.getInt(2), null, rs.getString(3), rs.getInt(4),
					rs.getBytes(5)))
			.optional();
	}

	private ReportSummary summary(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<String> previous = jdbc.sql("select force_code from report_previous_force where report_id = :id order by 1")
			.param("id", id)
			.query(String.class)
			.list();
		Set<AbuseKind> kinds = EnumSet.noneOf(AbuseKind.class);
		jdbc.sql("select kind from report_abuse_kind where report_id = :id")
			.param("id", id)
			.query(String.class)
			.list()
			.forEach(kind -> kinds.add(AbuseKind.valueOf(kind)));
		String how = rs.getString("consent_given_how");
		return new ReportSummary(rs.getString("reference"), rs.getTimestamp("submitted_at").toInstant(),
				Submitter.Channel.valueOf(rs.getString("channel")), rs.getString("submitted_by_org"),
				rs.getString("accused_force"), AccusedRole.valueOf(rs.getString("accused_role")),
				rs.getString("accused_rank"), previous, rs.getString("victim_force"), rs.getBoolean("victim_anonymous"),
				Relationship.valueOf(rs.getString("relationship")), kinds, rs.getString("incident_force"),
				rs.getObject("occurred_from", LocalDate.class), rs.getObject("occurred_to", LocalDate.class),
				IndicatorFlags.read(rs.getString("indicators")),
				new Consent(rs.getBoolean("consent_share"), rs.getBoolean("consent_anonymised_use"),
						how == null ? null : Consent.ConsentMethod.valueOf(how),
						rs.getObject("consent_given_on", LocalDate.class)));
	}

}
