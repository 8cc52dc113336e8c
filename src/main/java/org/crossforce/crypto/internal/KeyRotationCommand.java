package org.crossforce.crypto.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar crossforce.jar keys-rotate}: adds a new field-encryption key and makes it primary. Data
 * encrypted before keeps decrypting with the older keys, which stay in the keyset.
 */
@Component
class KeyRotationCommand implements ApplicationRunner {

	static final String COMMAND = "keys-rotate";

	private final Keysets keysets;

	KeyRotationCommand(Keysets keysets) {
		this.keysets = keysets;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.getNonOptionArgs().contains(COMMAND)) {
			System.out.printf("{\"primaryKeyId\":%d}%n", keysets.rotateFieldKey());
		}
	}

}
