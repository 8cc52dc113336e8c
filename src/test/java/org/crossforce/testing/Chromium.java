package org.crossforce.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts Debian's Chromium once per test class and hands each test method a {@link Browser} with a fresh context,
 * pointed at the application's random port. Never a browser that Playwright downloads: the build machines have no
 * network but the package registries, so the browser comes from {@code apt-get install chromium} and a missing one
 * fails the tests rather than skipping them.
 */
public class Chromium implements BeforeAllCallback, ParameterResolver, AfterEachCallback {

	/** Where Chromium lives; the build sets it from the pom's property of the same name. */
	public static final String EXECUTABLE_PROPERTY = "crossforce.test.chromium";

	// Root has no sandbox user namespace here; the rest keep a closed network quiet and the 2-core machine calm.
	private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
			"--disable-quic");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getStore(NAMESPACE).computeIfAbsent(Launched.class, key -> launch(), Launched.class);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).computeIfAbsent(Browser.class, key -> {
			Launched launched = context.getStore(NAMESPACE).get(Launched.class, Launched.class);
			String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
			String name = context.getRequiredTestClass().getSimpleName();
			return new Browser(launched.chromium(), "http://localhost:" + port, Paths.get("target", "screenshots", name));
		}, Browser.class);
	}

	/**
	 * Closes the test's contexts, then fails the test if any page reached beyond this machine or missed one of its
	 * own assets: checks every browser test needs, so none has to remember them.
	 */
	@Override
	public void afterEach(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.close();
			browser.assertOnlyLocalRequests();
			browser.assertNoBrokenResources();
		}
	}

	private static Launched launch() {
		Path executable = Paths.get(System.getProperty(EXECUTABLE_PROPERTY, "/usr/bin/chromium"));
		if (!Files.isExecutable(executable)) {
			throw new IllegalStateException("The browser tests need Debian's Chromium at " + executable
					+ ", and there is none. Install it with: apt-get install -y chromium"
					+ " (or point -D" + EXECUTABLE_PROPERTY + "= at another Chromium).");
		}
		// Without this Playwright would try to download its own browsers when it starts.
		Playwright playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			com.microsoft.playwright.Browser chromium = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
					.setHeadless(true)
					.setArgs(ARGUMENTS)
					// A busy 2-core machine can take longer than Playwright's 30 seconds to start Chromium.
					.setTimeout(90_000));
			return new Launched(playwright, chromium);
		}
		catch (RuntimeException failure) {
			playwright.close();
			throw new IllegalStateException("Chromium at " + executable + " did not start: " + failure.getMessage(),
					failure);
		}
	}

	/** JUnit closes it, with the test class's store, after the class's last test. */
	private record Launched(Playwright playwright, com.microsoft.playwright.Browser chromium) implements AutoCloseable {

		@Override
		public void close() {
			chromium.close();
			playwright.close();
		}

	}

}
