/**
 * Field-level encryption (Google Tink AEAD) and keyed blind indexes (Tink PRF), under keysets kept outside the
 * database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cryptography", allowedDependencies = {})
package org.crossforce.crypto;
