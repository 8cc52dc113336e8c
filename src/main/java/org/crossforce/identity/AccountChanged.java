package org.crossforce.identity;

/**
 * An administrative change to accounts or tokens, published inside the transaction that makes it so that the audit
 * entry and the change stand or fall together.
 *
 * @param actor the username of whoever made the change
 * @param action what was done, such as {@code user.created} or {@code token.revoked}
 * @param subject what it was done to, such as a username or token id
 * @param detail anything else worth recording, never a secret
 */
public record AccountChanged(String actor, String action, String subject, String detail) {
}
