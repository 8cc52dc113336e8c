package org.crossforce.crypto;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crossforce.crypto.internal.CryptoProperties;
import org.crossforce.crypto.internal.Keysets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Field encryption, blind indexes and key rotation, on keysets in a temporary folder. */
class FieldEncryptionTest {

	@TempDir
	Path keys;

	@Test
	void encryptsAndDecryptsOnlyInTheSameContext() {
		FieldCipher cipher = new FieldCipher(keysets(true));
		byte[] secret = cipher.encryptText("Jane Doe, 07700 900123", "report CF-1 victim");
		assertThat(new String(secret, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Jane");
		assertThat(cipher.decryptText(secret, "report CF-1 victim")).isEqualTo("Jane Doe, 07700 900123");
		assertThatThrownBy(() -> cipher.decryptText(secret, "report CF-2 victim"))
			.as("a ciphertext moved to another case does not decrypt")
			.hasMessageContaining("Decryption failed");
		assertThat(cipher.encryptText(null, "anything")).isNull();
		assertThat(cipher.encryptText("same", "c")).as("randomised").isNotEqualTo(cipher.encryptText("same", "c"));
	}

	@Test
	void generatedKeysAreMarkedForDevelopmentAndReusedOnTheNextStart() throws Exception {
		Keysets first = keysets(true);
		assertThat(first.developmentKeys()).isTrue();
		assertThat(keys.resolve("GENERATED-FOR-DEVELOPMENT")).exists();
		byte[] secret = new FieldCipher(first).encryptText("kept", "ctx");
		Keysets second = keysets(false);
		assertThat(new FieldCipher(second).decryptText(secret, "ctx")).isEqualTo("kept");
		assertThat(second.developmentKeys()).isTrue();
	}

	@Test
	void withoutKeysAndWithoutPermissionToGenerateItRefusesToStart() {
		assertThatThrownBy(() -> keysets(false)).hasMessageContaining("No keyset at");
	}

	@Test
	void suppliedKeysetsAreNotDevelopmentKeys() throws Exception {
		keysets(true);
		String field = Files.readString(keys.resolve("field-encryption.json"));
		String index = Files.readString(keys.resolve("blind-index.json"));
		Keysets supplied = new Keysets(new CryptoProperties(keys.resolve("elsewhere"), field, index, false));
		assertThat(supplied.developmentKeys()).isFalse();
	}

	@Test
	void rotationAddsANewPrimaryKeyAndOldDataStillDecrypts() {
		Keysets keysets = keysets(true);
		FieldCipher cipher = new FieldCipher(keysets);
		byte[] before = cipher.encryptText("before rotation", "ctx");
		int newKey = keysets.rotateFieldKey();
		byte[] after = cipher.encryptText("after rotation", "ctx");
		assertThat(keyIdOf(after)).isEqualTo(newKey).isNotEqualTo(keyIdOf(before));
		assertThat(cipher.decryptText(before, "ctx")).isEqualTo("before rotation");

		FieldCipher restarted = new FieldCipher(keysets(false));
		assertThat(restarted.decryptText(before, "ctx")).isEqualTo("before rotation");
		assertThat(restarted.decryptText(after, "ctx")).isEqualTo("after rotation");
		assertThat(keyIdOf(restarted.encryptText("x", "ctx"))).as("the rotated key stays primary").isEqualTo(newKey);
	}

	@Test
	void blindIndexesMatchEqualValuesPerPurposeAndSurviveRestarts() {
		BlindIndex index = new BlindIndex(keysets(true));
		String warrant = index.of("accused-identifier", "GMP|12345");
		assertThat(warrant).hasSize(32).isEqualTo(index.of("accused-identifier", "GMP|12345"));
		assertThat(index.of("accused-identifier", "GMP|12346")).isNotEqualTo(warrant);
		assertThat(index.of("accused-name", "GMP|12345")).as("purposes never collide").isNotEqualTo(warrant);
		assertThat(new BlindIndex(keysets(false)).of("accused-identifier", "GMP|12345")).isEqualTo(warrant);
	}

	private Keysets keysets(boolean generate) {
		return new Keysets(new CryptoProperties(keys, null, null, generate));
	}

	/** Tink's ciphertext prefix: a version byte, then the id of the key that encrypted it. */
	private static int keyIdOf(byte[] ciphertext) {
		return ByteBuffer.wrap(ciphertext, 1, 4).getInt();
	}

}
