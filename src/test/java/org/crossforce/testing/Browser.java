package org.crossforce.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test's view of the application through Chromium: it opens pages, checks them with axe-core and keeps
 * screenshots. Everything a page asks for is recorded, so that a test, and {@link Chromium} after every test, can
 * check that nothing left this machine and no stylesheet, script, font or image was missing.
 * <p>
 * Pages opened with JavaScript share one browser context; pages opened without it share another. Both are new for
 * each test and closed after it.
 */
public final class Browser {

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

	private final com.microsoft.playwright.Browser chromium;

	private final String baseUrl;

	private final Path screenshots;

	private final List<String> requestedUrls = Collections.synchronizedList(new ArrayList<>());

	private final List<String> brokenResources = Collections.synchronizedList(new ArrayList<>());

	private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());

	private BrowserContext withJavaScript;

	private BrowserContext withoutJavaScript;

	Browser(com.microsoft.playwright.Browser chromium, String baseUrl, Path screenshots) {
		this.chromium = chromium;
		this.baseUrl = baseUrl;
		this.screenshots = screenshots;
	}

	/** The application's address for a path such as {@code /forces}. */
	public String url(String path) {
		return baseUrl + path;
	}

	/** Opens a page in a new tab and fails unless it answers 200 OK (after any redirects). */
	public Page open(String path) {
		return open(path, 200);
	}

	/** Opens a page that should answer with the given status, such as 404 for the not-found page. */
	public Page open(String path, int expectedStatus) {
		if (withJavaScript == null) {
			withJavaScript = newContext(true);
		}
		return navigate(withJavaScript, path, expectedStatus);
	}

	/** Signs in a demo account through the sign-in page, as a person would, and waits for the account page. */
	public Page signIn(String username) {
		Page page = open("/sign-in");
		page.fill("#username", username);
		page.fill("#password", DemoTokens.PASSWORD);
		page.click("button[type=submit]");
		page.waitForURL(url("/account"));
		return page;
	}

	/** Signs out with the button in the navigation, and waits for the sign-in page that confirms it. */
	public void signOut(Page page) {
		page.click("form[action='/sign-out'] button");
		page.waitForURL(url("/sign-in?signedOut"));
	}

	/** Opens a page as someone whose browser runs no JavaScript; every page must still work for them. */
	public Page openWithoutJavaScript(String path) {
		if (withoutJavaScript == null) {
			withoutJavaScript = newContext(false);
		}
		return navigate(withoutJavaScript, path, 200);
	}

	/**
	 * Runs axe-core against the page as it stands, with the WCAG 2.0 and 2.1 level A and AA rules, and fails with
	 * every violation listed unless there are none. axe-core is itself JavaScript, so it cannot check a page opened
	 * without JavaScript: there it would wait for ever on timers that never fire.
	 */
	public void assertAccessible(Page page, String name) {
		if (withoutJavaScript != null && page.context() == withoutJavaScript) {
			throw new IllegalArgumentException("axe-core cannot check " + name + ": it was opened without JavaScript."
					+ " Check the same page opened with JavaScript instead.");
		}
		AccessibilityCheck.of(page).assertNoViolations(name);
	}

	/** Saves a full-page PNG as {@code target/screenshots/<test class>/<name>.png}, for a person to look at. */
	public Path screenshot(Page page, String name) {
		Path file = screenshots.resolve(name.replaceAll("[^A-Za-z0-9_-]", "-") + ".png");
		try {
			Files.createDirectories(screenshots);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	/** Every URL any page of this test asked for, pages and their assets alike, in order. */
	public List<String> requestedUrls() {
		synchronized (requestedUrls) {
			return List.copyOf(requestedUrls);
		}
	}

	/** Errors written to the browser console, including Content-Security-Policy refusals and script errors. */
	public List<String> consoleErrors() {
		synchronized (consoleErrors) {
			return List.copyOf(consoleErrors);
		}
	}

	/** Fails if any page asked for anything from a host other than this machine. */
	public void assertOnlyLocalRequests() {
		assertThat(requestedUrls()).as("requests to hosts other than localhost")
			.filteredOn(url -> !isLocal(url))
			.isEmpty();
	}

	/** Fails if a stylesheet, script, font or image a page asked for did not load. */
	public void assertNoBrokenResources() {
		synchronized (brokenResources) {
			assertThat(brokenResources).as("assets that failed to load").isEmpty();
		}
	}

	void close() {
		for (BrowserContext context : new BrowserContext[] { withJavaScript, withoutJavaScript }) {
			if (context != null) {
				context.close();
			}
		}
	}

	private BrowserContext newContext(boolean javaScriptEnabled) {
		BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setBaseURL(baseUrl)
			.setJavaScriptEnabled(javaScriptEnabled)
			.setLocale("en-GB")
			.setViewportSize(1280, 800));
		context.onRequest(request -> requestedUrls.add(request.url()));
		context.onResponse(response -> {
			if (response.status() >= 400 && !response.request().isNavigationRequest()) {
				brokenResources.add(response.status() + " " + response.url());
			}
		});
		context.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text() + " (" + message.location() + ")");
			}
		});
		context.onWebError(error -> consoleErrors.add("uncaught: " + error.error()));
		return context;
	}

	private static Page navigate(BrowserContext context, String path, int expectedStatus) {
		Page page = context.newPage();
		Response response = page.navigate(path);
		assertThat(response).as("a response to GET %s", path).isNotNull();
		assertThat(response.status()).as("status of GET %s, which ended at %s", path, page.url())
			.isEqualTo(expectedStatus);
		return page;
	}

	private static boolean isLocal(String url) {
		URI uri = URI.create(url);
		// Inline data (an SVG icon in the stylesheet, say) is part of the page, not a request to anyone.
		return "data".equals(uri.getScheme()) || LOCAL_HOSTS.contains(uri.getHost());
	}

}
