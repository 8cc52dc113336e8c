package org.crossforce.reports;

/**
 * What the reporter is given once, to follow the case: the reference and a passphrase. Only the passphrase's
 * Argon2id hash is kept.
 */
public record ReportReceipt(String reference, String passphrase) {
}
