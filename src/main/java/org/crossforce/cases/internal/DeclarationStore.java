package org.crossforce.cases.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.crossforce.cases.ConflictDeclaration;
import org.crossforce.crypto.FieldCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code conflict_declaration} table. The note describing a connection is encrypted under a context naming the
 * case and the declarant, so it cannot be moved to another row; lists never decrypt it.
 */
@Repository
public class DeclarationStore {

	/** References per query when reading declarations for a list of cases, to keep "in (...)" lists short. */
	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	DeclarationStore(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	static String noteContext(String reference, String username) {
		return "declaration " + reference + " " + username + " note";
	}

	/** Stores a declaration; a second one by the same person for the same case fails on the unique constraint. */
	public void insert(ConflictDeclaration declaration) {
		jdbc.sql("""
				insert into conflict_declaration (reference, username, organisation_code, connection, note_enc, declared_at)
				values (:reference, :username, :organisation, :connection, :note, :at)
				""")
			.param("reference", declaration.reference())
			.param("username", declaration.username())
			.param("organisation", declaration.organisation())
			.param("connection", declaration.connection())
			.param("note", cipher.encryptText(declaration.note(),
					noteContext(declaration.reference(), declaration.username())))
			.param("at", Timestamp.from(declaration.declaredAt()))
			.update();
	}

	/** One person's declaration for a case, with its note decrypted. */
	public Optional<ConflictDeclaration> find(String reference, String username) {
		return jdbc.sql("select * from conflict_declaration where reference = :reference and username = :username")
			.param("reference", reference)
			.param("username", username)
			.query((rs, row) -> new ConflictDeclaration(rs.getString("reference"), rs.getString("username"),
					rs.getString("organisation_code"), rs.getBoolean("connection"),
					cipher.decryptText(rs.getBytes("note_enc"), noteContext(reference, username)),
					rs.getTimestamp("declared_at").toInstant()))
			.optional();
	}

	/** Every declaration for these cases, without notes. */
	public List<ConflictDeclaration> forCases(Collection<String> references) {
		List<String> all = List.copyOf(references);
		List<ConflictDeclaration> found = new ArrayList<>();
		for (int from = 0; from < all.size(); from += BATCH) {
			found.addAll(jdbc.sql("""
					select reference, username, organisation_code, connection, declared_at
					from conflict_declaration where reference in (:references) order by declared_at, id
					""")
				.param("references", all.subList(from, Math.min(all.size(), from + BATCH)))
				.query((rs, row) -> new ConflictDeclaration(rs.getString("reference"), rs.getString("username"),
						rs.getString("organisation_code"), rs.getBoolean("connection"), null,
						rs.getTimestamp("declared_at").toInstant()))
				.list());
		}
		return found;
	}

}
