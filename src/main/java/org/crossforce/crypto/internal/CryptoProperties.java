package org.crossforce.crypto.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the keysets come from.
 *
 * @param keyDirectory folder holding {@code field-encryption.json} and {@code blind-index.json}
 * @param fieldKeyset the field-encryption keyset as Tink JSON, instead of the file (for example from a secret store
 * through the environment)
 * @param indexKeyset the blind-index keyset as Tink JSON, instead of the file
 * @param generateDevelopmentKeys whether to create missing keysets (development only; production refuses them)
 */
@ConfigurationProperties("crossforce.crypto")
public record CryptoProperties(Path keyDirectory, String fieldKeyset, String indexKeyset,
		boolean generateDevelopmentKeys) {
}
