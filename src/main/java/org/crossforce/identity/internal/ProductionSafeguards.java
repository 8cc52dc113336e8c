package org.crossforce.identity.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production, refuses to start while demo accounts exist or demo mode is on: their password is published in
 * the README.
 */
@Component
@Profile("production")
class ProductionSafeguards implements SmartInitializingSingleton {

	private final UserAccounts accounts;

	private final boolean demoEnabled;

	ProductionSafeguards(UserAccounts accounts,
			@org.springframework.beans.factory.annotation.Value("${crossforce.demo.enabled}") boolean demoEnabled) {
		this.accounts = accounts;
		this.demoEnabled = demoEnabled;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (demoEnabled) {
			throw new IllegalStateException(
					"Refusing to start in production with demo mode on: unset crossforce.demo.enabled");
		}
		if (accounts.anyDemoUsers()) {
			throw new IllegalStateException("Refusing to start in production: the database holds demo accounts, "
					+ "whose password is public. Use a database without demo data.");
		}
	}

}
