package org.crossforce.identity.internal;

import org.crossforce.CrossforceApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Production must never run with the demo accounts, whose password is printed in the README. */
class ProductionSafeguardsTest {

	@Test
	void productionRefusesToStartWithDemoModeOn() {
		assertThatThrownBy(() -> start("production-demo-on", "--crossforce.demo.enabled=true"))
			.hasStackTraceContaining("Refusing to start in production with demo mode on");
	}

	@Test
	void productionRefusesToStartOnADatabaseHoldingDemoAccounts() {
		String database = "production-after-demo";
		// First a demo run fills the database; then production is pointed at it.
		new SpringApplicationBuilder(CrossforceApplication.class).web(WebApplicationType.NONE)
			.run(url(database), "--crossforce.demo.enabled=true")
			.close();
		assertThatThrownBy(() -> start(database)).hasStackTraceContaining("the database holds demo accounts");
	}

	private static void start(String database, String... more) {
		String[] args = new String[more.length + 2];
		args[0] = url(database);
		args[1] = "--spring.profiles.active=production";
		System.arraycopy(more, 0, args, 2, more.length);
		new SpringApplicationBuilder(CrossforceApplication.class).web(WebApplicationType.NONE).run(args).close();
	}

	private static String url(String database) {
		return "--spring.datasource.url=jdbc:h2:mem:" + database
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
	}

}
