package org.crossforce;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crossforce.crypto.internal.CryptoProperties;
import org.crossforce.crypto.internal.Keysets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Production starts only without demo accounts and with keys supplied by its operators: the demo password is in
 * the README, and development keys sit unprotected in the data folder.
 */
class ProductionStartupTest {

	@TempDir
	Path folder;

	@Test
	void productionStartsWithSuppliedKeysAndNoDemoData() {
		try (ConfigurableApplicationContext context = start("clean", suppliedKeys())) {
			assertThat(context.isActive()).isTrue();
		}
	}

	@Test
	void productionRefusesDemoMode() {
		assertThatThrownBy(() -> start("demo-on", suppliedKeys(), "--crossforce.demo.enabled=true"))
			.hasStackTraceContaining("Refusing to start in production with demo mode on");
	}

	@Test
	void productionRefusesADatabaseHoldingDemoAccounts() {
		Path keys = suppliedKeys();
		// First a demo run fills the database; then production is pointed at it.
		new SpringApplicationBuilder(CrossforceApplication.class).web(WebApplicationType.NONE)
			.run(url("after-demo"), "--crossforce.crypto.key-directory=" + keys, "--crossforce.demo.enabled=true")
			.close();
		assertThatThrownBy(() -> start("after-demo", keys)).hasStackTraceContaining("the database holds demo accounts");
	}

	@Test
	void productionRefusesKeysGeneratedForDevelopment() {
		Path keys = folder.resolve("development-keys");
		new Keysets(new CryptoProperties(keys, null, null, true));
		assertThatThrownBy(() -> start("development-keys", keys))
			.hasStackTraceContaining("keysets generated for development");
	}

	@Test
	void productionRefusesToStartWithoutKeys() {
		assertThatThrownBy(() -> start("no-keys", folder.resolve("empty"))).hasStackTraceContaining("No keyset at");
	}

	/** Keysets as an operator would supply them: made elsewhere, with no development marker. */
	private Path suppliedKeys() {
		Path keys = folder.resolve("supplied");
		new Keysets(new CryptoProperties(keys, null, null, true));
		try {
			Files.delete(keys.resolve("GENERATED-FOR-DEVELOPMENT"));
		}
		catch (java.io.IOException failure) {
			throw new java.io.UncheckedIOException(failure);
		}
		return keys;
	}

	private static ConfigurableApplicationContext start(String database, Path keys, String... more) {
		List<String> args = new ArrayList<>(List.of(url(database), "--spring.profiles.active=production",
				"--crossforce.crypto.key-directory=" + keys));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(CrossforceApplication.class).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}

	private static String url(String database) {
		return "--spring.datasource.url=jdbc:h2:mem:production-" + database
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
	}

}
