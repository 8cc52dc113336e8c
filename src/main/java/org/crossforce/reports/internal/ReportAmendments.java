package org.crossforce.reports.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.crossforce.crypto.FieldCipher;
import org.crossforce.reports.Contact;
import org.crossforce.reports.EvidenceFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * What changes in a report after it is sent, at the victim's request: information and files they add, how to
 * contact them, and consent they withdraw. Encrypts as {@link ReportSealing} does, under contexts naming the case.
 */
@Component
public class ReportAmendments {

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final JsonMapper json;

	ReportAmendments(JdbcClient jdbc, FieldCipher cipher, JsonMapper json) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.json = json;
	}

	/** A stored addition, still sealed. */
	public record SealedAddition(long id, Instant addedAt, byte[] text) {
	}

	public Optional<String> passphraseHash(String reference) {
		return jdbc.sql("select passphrase_hash from report where reference = :reference")
			.param("reference", reference)
			.query(String.class)
			.optional();
	}

	/**
	 * Stores an addition: its text (may be null) and a file (may be null, else already checked by
	 * {@link ReportValidation#checkEvidenceFile}) placed after the report's other files.
	 * @return false when there is no such report
	 */
	public boolean add(String reference, String text, EvidenceFile file, Instant now) {
		Optional<Long> reportId = reportId(reference);
		if (reportId.isEmpty()) {
			return false;
		}
		jdbc.sql("insert into report_addition (report_id, added_at, text_enc) values (:reportId, :at, :text)")
			.param("reportId", reportId.get())
			.param("at", Timestamp.from(now))
			.param("text", text == null ? null : cipher.encryptText(text, additionContext(reference, now)))
			.update();
		if (file != null) {
			int position = jdbc.sql("select coalesce(max(position) + 1, 0) from evidence_file where report_id = :id")
				.param("id", reportId.get())
				.query(Integer.class)
				.single();
			String fileContext = ReportSealing.context(reference, "evidence-" + position);
			jdbc.sql("""
					insert into evidence_file (report_id, position, filename_enc, media_type, size_bytes, content_enc, uploaded_at)
					values (:reportId, :position, :filename, :mediaType, :size, :content, :at)
					""")
				.param("reportId", reportId.get())
				.param("position", position)
				.param("filename", cipher.encrypt(file.filename().getBytes(StandardCharsets.UTF_8), fileContext + "-name"))
				.param("mediaType", EvidenceTypes.mediaTypeOf(file.content()).orElseThrow())
				.param("size", file.content().length)
				.param("content", cipher.encrypt(file.content(), fileContext))
				.param("at", Timestamp.from(now))
				.update();
		}
		return true;
	}

	public List<SealedAddition> sealedAdditions(String reference) {
		return jdbc.sql("""
				select a.id, a.added_at, a.text_enc from report_addition a join report r on r.id = a.report_id
				where r.reference = :reference and a.text_enc is not null order by a.id
				""")
			.param("reference", reference)
			.query((rs, row) -> new SealedAddition(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBytes(3)))
			.list();
	}

	public String openAddition(String reference, SealedAddition addition) {
		return cipher.decryptText(addition.text(), additionContext(reference, addition.addedAt()));
	}

	/** @return false when there is no such report */
	public boolean changeContact(String reference, Contact contact) {
		return jdbc.sql("update report set victim_contact_enc = :contact where reference = :reference")
			.param("contact", cipher.encrypt(json.writeValueAsBytes(contact),
					ReportSealing.context(reference, "victim-contact")))
			.param("reference", reference)
			.update() == 1;
	}

	/** Withdraws either consent or both, noting when; never gives one. A consent already withdrawn keeps its date. */
	public void withdrawConsent(String reference, boolean sharing, boolean anonymisedUse, Instant now) {
		if (sharing) {
			jdbc.sql("""
					update report set consent_share = false, consent_share_withdrawn_at = :now
					where reference = :reference and consent_share
					""")
				.param("now", Timestamp.from(now))
				.param("reference", reference)
				.update();
		}
		if (anonymisedUse) {
			jdbc.sql("""
					update report set consent_anonymised_use = false, consent_anonymised_use_withdrawn_at = :now
					where reference = :reference and consent_anonymised_use
					""")
				.param("now", Timestamp.from(now))
				.param("reference", reference)
				.update();
		}
	}

	/** When each consent was withdrawn, null for one that was not. */
	public record Withdrawals(Instant sharing, Instant anonymisedUse) {
	}

	public Withdrawals withdrawals(String reference) {
		return jdbc.sql("""
				select consent_share_withdrawn_at, consent_anonymised_use_withdrawn_at from report
				where reference = :reference
				""")
			.param("reference", reference)
			.query((rs, row) -> new Withdrawals(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2))))
			.optional()
			.orElse(new Withdrawals(null, null));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** Demo mode: the report whose receipt the victim's view publishes, so a visitor can follow a case. */
	public void markDemoReceipt(String reference) {
		jdbc.sql("insert into report_demo_receipt (reference) values (:reference)").param("reference", reference).update();
	}

	public Optional<String> demoReceiptReference() {
		return jdbc.sql("select reference from report_demo_receipt order by reference")
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	public void replacePassphraseHash(String reference, String hash) {
		jdbc.sql("update report set passphrase_hash = :hash where reference = :reference")
			.param("hash", hash)
			.param("reference", reference)
			.update();
	}

	private Optional<Long> reportId(String reference) {
		return jdbc.sql("select id from report where reference = :reference")
			.param("reference", reference)
			.query(Long.class)
			.optional();
	}

	/** Bound to the case and the moment of the addition, so a ciphertext cannot be moved to another row. */
	private static String additionContext(String reference, Instant addedAt) {
		return ReportSealing.context(reference, "addition-" + addedAt.toEpochMilli());
	}

}
