package org.crossforce.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database for integration tests from the system property {@code crossforce.test.database}: {@code h2}
 * (the default, in memory) or {@code postgres}. For PostgreSQL it drops and recreates the test database once per
 * test run, so every run starts clean; when PostgreSQL cannot be reached the tests fail, they never skip.
 */
public class TestDatabase implements ActiveProfilesResolver, ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static boolean postgresPrepared;

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("crossforce.test.database", "h2"));
	}

	@Override
	public String[] resolve(Class<?> testClass) {
		return isPostgres() ? new String[] { "test", "postgres" } : new String[] { "test" };
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!isPostgres()) {
			return;
		}
		String url = property("crossforce.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/crossforce_test");
		String username = property("crossforce.test.postgres.username", "postgres");
		String password = property("crossforce.test.postgres.password", "");
		recreate(url, username, password);
		System.setProperty("CROSSFORCE_DB_URL", url);
		System.setProperty("CROSSFORCE_DB_USERNAME", username);
		System.setProperty("CROSSFORCE_DB_PASSWORD", password);
	}

	private static synchronized void recreate(String url, String username, String password) {
		if (postgresPrepared) {
			return;
		}
		int slash = url.lastIndexOf('/');
		String database = url.substring(slash + 1);
		String maintenance = url.substring(0, slash + 1) + "postgres";
		try (Connection connection = DriverManager.getConnection(maintenance, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + database + " with (force)");
			statement.execute("create database " + database);
		}
		catch (SQLException failure) {
			throw new IllegalStateException("The PostgreSQL tests need a PostgreSQL server at " + maintenance
					+ " (user " + username + "). Start one, or set crossforce.test.postgres.url: " + failure.getMessage(),
					failure);
		}
		postgresPrepared = true;
	}

	private static String property(String name, String fallback) {
		String value = System.getProperty(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
