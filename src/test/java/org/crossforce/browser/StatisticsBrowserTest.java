package org.crossforce.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.crossforce.testing.Browser;
import org.crossforce.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The public statistics pages in a real browser, checked with axe, with and without JavaScript. */
@BrowserTest
class StatisticsBrowserTest {

	@Test
	void theNationalPageIsAccessibleAndItsMapLeadsToAForce(Browser browser) {
		Page page = browser.open("/statistics");
		assertThat(page.locator("main h1").textContent()).contains("Statistics");
		assertThat(page.locator("svg.crossforce-choropleth a").count()).isEqualTo(43);
		browser.assertAccessible(page, "the national statistics page");
		Path screenshots = browser.screenshot(page, "statistics").getParent();
		shoot(page.locator("svg.crossforce-choropleth"), screenshots.resolve("statistics-map.png"));
		shoot(page.locator("svg[aria-labelledby^=statistics-chart]"), screenshots.resolve("statistics-chart.png"));

		page.locator("svg.crossforce-choropleth a[href^='/statistics/forces/kent']").focus();
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.contains("/statistics/forces/kent"));
		assertThat(page.locator("main h1").textContent()).isEqualTo("Kent Police");
		browser.assertOnlyLocalRequests();
	}

	@Test
	void theFormWorksWithoutJavaScript(Browser browser) {
		Page page = browser.openWithoutJavaScript("/statistics");
		page.locator("#measure").selectOption("CHARGED");
		page.locator("form.crossforce-statistics-choice button").click();
		page.waitForURL(url -> url.contains("measure=CHARGED"));
		assertThat(page.locator("#measure").inputValue()).isEqualTo("CHARGED");
		assertThat(page.locator("svg[aria-labelledby^=statistics-chart] title").textContent()).contains("Charged");
	}

	@Test
	void aForcePageAndItsNeighboursAreAccessible(Browser browser) {
		Page page = browser.open("/statistics/forces/greater-manchester");
		assertThat(page.locator("main h1").textContent()).isEqualTo("Greater Manchester Police");
		browser.assertAccessible(page, "a force's statistics page");
		Path screenshots = browser.screenshot(page, "statistics-force").getParent();
		shoot(page.locator("svg[aria-labelledby^=statistics-trend]"), screenshots.resolve("statistics-trend.png"));

		page.locator("main a[href^='/statistics/forces/greater-manchester/neighbours']").click();
		page.waitForURL(url -> url.contains("/neighbours"));
		browser.assertAccessible(page, "a force compared with its neighbours");
		browser.screenshot(page, "statistics-neighbours");
		browser.assertOnlyLocalRequests();
	}

	/** The chart or map alone, for a person to look at beside the full page. */
	private static void shoot(Locator figure, Path file) {
		figure.screenshot(new Locator.ScreenshotOptions().setPath(file));
	}

}
