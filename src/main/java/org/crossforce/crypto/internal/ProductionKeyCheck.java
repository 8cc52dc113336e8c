package org.crossforce.crypto.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** In production, refuses to start with keysets this service generated for development. */
@Component
@Profile("production")
class ProductionKeyCheck implements SmartInitializingSingleton {

	private final Keysets keysets;

	ProductionKeyCheck(Keysets keysets) {
		this.keysets = keysets;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (keysets.developmentKeys()) {
			throw new IllegalStateException("Refusing to start in production with keysets generated for development. "
					+ "Supply the production keysets (README: \"Keys\").");
		}
	}

}
