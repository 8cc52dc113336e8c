package org.crossforce.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import org.crossforce.crypto.internal.Keysets;

import org.springframework.stereotype.Service;

/**
 * Encrypts protected fields (a victim's identity, contact details, account, files) with AES-256-GCM through Tink.
 * Each ciphertext is bound to a context such as {@code report CF-7KQ2-M9XD victim}, so a ciphertext copied into
 * another row or field does not decrypt. Ciphertexts name the key that made them, so rotated keys keep old data
 * readable.
 */
@Service
public class FieldCipher {

	private final Keysets keysets;

	FieldCipher(Keysets keysets) {
		this.keysets = keysets;
	}

	public byte[] encrypt(byte[] plaintext, String context) {
		try {
			return keysets.aead().encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException failure) {
			throw new IllegalStateException("Encryption failed", failure);
		}
	}

	public byte[] decrypt(byte[] ciphertext, String context) {
		try {
			return keysets.aead().decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException failure) {
			throw new IllegalStateException("Decryption failed: wrong key, wrong context or altered ciphertext",
					failure);
		}
	}

	/** Encrypts text; null stays null, so optional fields need no special case. */
	public byte[] encryptText(String plaintext, String context) {
		return plaintext == null ? null : encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context);
	}

	public String decryptText(byte[] ciphertext, String context) {
		return ciphertext == null ? null : new String(decrypt(ciphertext, context), StandardCharsets.UTF_8);
	}

}
