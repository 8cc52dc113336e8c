package org.crossforce.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crossforce.crypto.FieldCipher;
import org.crossforce.reports.internal.ReportAmendments;
import org.crossforce.reports.internal.ReportReader;
import org.crossforce.reports.internal.ReportSealing;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads reports for other modules. It decrypts on request and decides nothing about access: callers ask the cases
 * module's access policy first and audit the read, and only the cases module calls the decrypting methods.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

	private final ReportReader reader;

	private final FieldCipher cipher;

	private final JsonMapper json;

	private final ReportAmendments amendments;

	private final PasswordEncoder passwords;

	/** A hash to check against when there is no such case, made once, so both answers take as long. */
	private volatile String noSuchCaseHash;

	Reports(ReportReader reader, FieldCipher cipher, JsonMapper json, ReportAmendments amendments,
			PasswordEncoder passwords) {
		this.reader = reader;
		this.cipher = cipher;
		this.json = json;
		this.amendments = amendments;
		this.passwords = passwords;
	}

	/**
	 * Whether the passphrase is the one given with the case's receipt. Takes an Argon2id check's time whether or not
	 * the case exists, so the answer's timing does not tell which references are real.
	 */
	public boolean passphraseMatches(String reference, String passphrase) {
		Optional<String> hash = amendments.passphraseHash(reference);
		if (hash.isEmpty()) {
			if (noSuchCaseHash == null) {
				noSuchCaseHash = passwords.encode("no such case");
			}
			passwords.matches(passphrase, noSuchCaseHash);
			return false;
		}
		return passwords.matches(passphrase, hash.get());
	}

	/** Information the victim added after sending the report, oldest first (files added go with {@link #files}). */
	public record Addition(long id, java.time.Instant addedAt, String text) {
	}

	public List<Addition> additions(String reference) {
		return amendments.sealedAdditions(reference)
			.stream()
			.map(sealed -> new Addition(sealed.id(), sealed.addedAt(), amendments.openAddition(reference, sealed)))
			.toList();
	}

	public Optional<ReportSummary> summary(String reference) {
		return reader.summary(reference);
	}

	public List<ReportSummary> submittedBy(String organisation, int limit, int offset) {
		return reader.submittedBy(organisation, limit, offset);
	}

	public long countSubmittedBy(String organisation) {
		return reader.countSubmittedBy(organisation);
	}

	/** The references of every report the organisation's users recorded, newest first. */
	public List<String> referencesSubmittedBy(String organisation) {
		return reader.referencesSubmittedBy(organisation);
	}

	/** The accused as the report names them: names and, if given, warrant or staff number. */
	public record AccusedIdentity(String givenNames, String familyName, String identifier) {
	}

	/** The victim's name, or empty for an anonymous report. */
	public record VictimIdentity(String givenNames, String familyName) {
	}

	/** How to contact the victim, and their account. */
	public record VictimAccount(Contact contact, String narrative) {
	}

	/** An evidence file's description; its content is read separately. */
	public record EvidenceFileDescription(long id, int position, String filename, String mediaType, int sizeBytes) {
	}

	public Optional<AccusedIdentity> accused(String reference) {
		return reader.sealedAccused(reference).map(sealed -> {
			Map<?, ?> names = json.readValue(cipher.decrypt(sealed.names(), context(reference, "accused-names")),
					Map.class);
			return new AccusedIdentity((String) names.get("givenNames"), (String) names.get("familyName"),
					cipher.decryptText(sealed.identifier(), context(reference, "accused-identifier")));
		});
	}

	public Optional<VictimIdentity> victimIdentity(String reference) {
		return reader.sealedVictim(reference).filter(sealed -> sealed.identity() != null).map(sealed -> {
			Map<?, ?> names = json.readValue(cipher.decrypt(sealed.identity(), context(reference, "victim-identity")),
					Map.class);
			return new VictimIdentity((String) names.get("givenNames"), (String) names.get("familyName"));
		});
	}

	public Optional<VictimAccount> account(String reference) {
		return reader.sealedVictim(reference).map(sealed -> new VictimAccount(
				sealed.contact() == null ? Contact.NONE
						: json.readValue(cipher.decrypt(sealed.contact(), context(reference, "victim-contact")),
								Contact.class),
				cipher.decryptText(sealed.narrative(), context(reference, "narrative"))));
	}

	public List<EvidenceFileDescription> files(String reference) {
		return reader.sealedFiles(reference)
			.stream()
			.map(file -> new EvidenceFileDescription(file.id(), file.position(),
					new String(cipher.decrypt(file.filename(), context(reference, "evidence-" + file.position()) + "-name"),
							StandardCharsets.UTF_8),
					file.mediaType(), file.sizeBytes()))
			.toList();
	}

	public Optional<byte[]> fileContent(String reference, long fileId) {
		return reader.sealedFileContent(reference, fileId)
			.map(file -> cipher.decrypt(file.content(), context(reference, "evidence-" + file.position())));
	}

	private static String context(String reference, String field) {
		return ReportSealing.context(reference, field);
	}

}
