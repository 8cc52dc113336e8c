package org.crossforce.foi.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.crossforce.audit.AuditLog;
import org.crossforce.foi.internal.FoiRecords.Authority;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The addresses administrators keep for each authority: the FOI email address requests are sent to (none means
 * requests go as letters) and the postal address printed on letters.
 */
@Service
class AuthorityAddresses {

	/** RFC 5321's limit on a forward path, and foi_authority.email's size. */
	static final int MAX_EMAIL = 254;

	static final int MAX_POSTAL = 500;

	/** One @, something either side, a dot in the domain and no spaces: the rest is the mail server's to judge. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** An authority with who last changed its addresses, and when. */
	record Listed(Authority authority, String updatedBy, Instant updatedAt) {
	}

	private final FoiRecords records;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuthorityAddresses(FoiRecords records, AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.records = records;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every authority by name; FoiRecords.Authority leaves out who changed it, which only this page shows. */
	List<Listed> all() {
		return jdbc.sql("select * from foi_authority order by name").query((rs, row) -> {
			Timestamp at = rs.getTimestamp("updated_at");
			return new Listed(new Authority(rs.getString("code"), rs.getString("name"), rs.getString("force_code"),
					rs.getString("region"), rs.getString("email"), rs.getString("postal_address")),
					rs.getString("updated_by"), at == null ? null : at.toInstant());
		}).list();
	}

	Authority authority(String code) {
		return records.authority(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Transactional
	void update(SignedInUser administrator, String code, String email, String postalAddress) {
		authority(code);
		String cleanEmail = blankAsNull(email);
		String cleanPostal = blankAsNull(postalAddress);
		if (cleanEmail != null && cleanEmail.length() > MAX_EMAIL) {
			throw new InvalidInput("email", "foi.authority.email.tooLong", MAX_EMAIL);
		}
		if (cleanEmail != null && !EMAIL.matcher(cleanEmail).matches()) {
			throw new InvalidInput("email", "foi.authority.email.invalid");
		}
		if (cleanPostal != null && cleanPostal.length() > MAX_POSTAL) {
			throw new InvalidInput("postalAddress", "foi.authority.postal.tooLong", MAX_POSTAL);
		}
		records.updateAuthorityAddress(code, cleanEmail, cleanPostal, administrator.getUsername(), clock.instant());
		audit.record(administrator.getUsername(), "foi.authority.updated", "foi-authority " + code,
				"email=" + (cleanEmail == null ? "none" : cleanEmail) + " postal=" + (cleanPostal == null ? "none" : "set"));
	}

	private static String blankAsNull(String value) {
		return value == null || value.isBlank() ? null : value.strip().replace("\r\n", "\n");
	}

}
