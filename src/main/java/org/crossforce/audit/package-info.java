/**
 * The append-only, hash-chained audit log and its verification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"web", "identity"})
package org.crossforce.audit;
