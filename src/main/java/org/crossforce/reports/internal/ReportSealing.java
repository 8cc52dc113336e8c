package org.crossforce.reports.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.crossforce.crypto.FieldCipher;
import org.crossforce.reports.NewReport;
import org.crossforce.reports.ReportReceipt;
import org.crossforce.reports.Submitter;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a checked report into what is stored: a fresh reference and passphrase (kept only as an Argon2id hash),
 * every protected field encrypted under a context naming the case and the field, and blind indexes of the accused.
 */
@Component
public class ReportSealing {

	private final ReportStore store;

	private final FieldCipher cipher;

	private final AccusedIndexes indexes;

	private final ReceiptCodes codes;

	private final PasswordEncoder passwords;

	private final JsonMapper json;

	ReportSealing(ReportStore store, FieldCipher cipher, AccusedIndexes indexes, ReceiptCodes codes,
			PasswordEncoder passwords, JsonMapper json) {
		this.store = store;
		this.cipher = cipher;
		this.indexes = indexes;
		this.codes = codes;
		this.passwords = passwords;
		this.json = json;
	}

	public record Stored(long id, ReportReceipt receipt) {
	}

	/** The context a protected field is encrypted under: moving its ciphertext anywhere else makes it unreadable. */
	public static String context(String reference, String field) {
		return "report " + reference + " " + field;
	}

	public Stored store(NewReport report, Submitter submitter, Instant now) {
		String reference = codes.newReference();
		while (store.referenceExists(reference)) {
			reference = codes.newReference();
		}
		String passphrase = codes.newPassphrase();
		var accused = report.accused();
		var victim = report.victim();
		ReportStore.SealedReport sealed = new ReportStore.SealedReport(reference, now, submitter,
				passwords.encode(passphrase),
				cipher.encrypt(json.writeValueAsBytes(Map.of("givenNames", accused.givenNames(), "familyName",
						accused.familyName())), context(reference, "accused-names")),
				cipher.encryptText(blankToNull(accused.identifier()), context(reference, "accused-identifier")),
				indexes.name(accused), indexes.identifier(accused),
				report.anonymous() ? null
						: cipher.encrypt(json.writeValueAsBytes(Map.of("givenNames", victim.givenNames(),
								"familyName", victim.familyName())), context(reference, "victim-identity")),
				report.anonymous() ? null
						: cipher.encrypt(json.writeValueAsBytes(victim.contact()), context(reference, "victim-contact")),
				cipher.encryptText(report.narrative(), context(reference, "narrative")), IndicatorFlags.write(report.referralIndicators()));
		long id = store.insert(report, sealed);
		for (int i = 0; i < report.evidence().size(); i++) {
			var file = report.evidence().get(i);
			String fileContext = context(reference, "evidence-" + i);
			store.insertEvidence(id, i, cipher.encrypt(file.filename().getBytes(StandardCharsets.UTF_8), fileContext + "-name"),
					EvidenceTypes.mediaTypeOf(file.content()).orElseThrow(), file.content().length,
					cipher.encrypt(file.content(), fileContext), now);
		}
		return new Stored(id, new ReportReceipt(reference, passphrase));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
