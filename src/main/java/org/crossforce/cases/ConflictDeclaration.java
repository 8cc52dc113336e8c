package org.crossforce.cases;

import java.time.Instant;

/**
 * One person's declaration, for one case, of whether they have any connection with the accused or the victim.
 *
 * @param organisation the declarant's organisation code: for a force, its force code
 * @param connection whether they declared a connection, which removes them from the case
 * @param note what the connection is, in their words; null when there is none, and null in lists, which never
 *        decrypt it
 */
public record ConflictDeclaration(String reference, String username, String organisation, boolean connection,
		String note, Instant declaredAt) {
}
