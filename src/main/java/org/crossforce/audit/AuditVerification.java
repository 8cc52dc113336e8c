package org.crossforce.audit;

/**
 * The result of recomputing the audit chain.
 *
 * @param valid whether every entry matches its hash, links to the one before, and the chain reaches its recorded end
 * @param entries how many entries the log holds
 * @param firstBrokenSequence the first sequence number at which the chain does not hold (an altered entry, or the
 * number of a missing one), or null when valid
 */
public record AuditVerification(boolean valid, long entries, Long firstBrokenSequence) {
}
