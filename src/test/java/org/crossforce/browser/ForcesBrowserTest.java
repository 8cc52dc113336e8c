package org.crossforce.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.crossforce.testing.Browser;
import org.crossforce.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The forces list, a force's page and the map, in a real browser, checked with axe. */
@BrowserTest
class ForcesBrowserTest {

	@Test
	void theListOfForcesIsAccessibleAndLeadsToEachForce(Browser browser) {
		Page page = browser.open("/forces");
		assertThat(page.locator("main h1").textContent()).contains("forces");
		assertThat(page.locator("main a[href^='/forces/']").count()).isGreaterThanOrEqualTo(46);
		browser.assertAccessible(page, "the list of forces");
		browser.screenshot(page, "forces");
		page.locator("main a[href='/forces/greater-manchester']").first().click();
		page.waitForURL(browser.url("/forces/greater-manchester"));
		assertThat(page.locator("main h1").textContent()).isEqualTo("Greater Manchester Police");
	}

	@Test
	void aForcePageShowsItsNeighboursAndWorkforce(Browser browser) {
		Page page = browser.open("/forces/city-of-london");
		assertThat(page.locator("main h1").textContent()).isEqualTo("City of London Police");
		assertThat(page.locator("main a[href='/forces/metropolitan']").count()).isPositive();
		assertThat(page.locator("main").textContent()).contains("31 March 2018");
		browser.assertAccessible(page, "the City of London Police page");
		browser.screenshot(page, "force-city-of-london");
	}

	@Test
	void theMapIsAccessibleAndEachAreaLinksToItsForce(Browser browser) {
		Page page = browser.open("/forces/map");
		Locator areas = page.locator("svg a");
		assertThat(areas.count()).isEqualTo(43);
		browser.assertAccessible(page, "the map of force areas");
		browser.screenshot(page, "map");

		Locator kent = page.locator("svg a[href='/forces/kent']");
		kent.focus();
		page.keyboard().press("Enter");
		page.waitForURL(browser.url("/forces/kent"));
		assertThat(page.locator("main h1").textContent()).isEqualTo("Kent Police");
	}

	@Test
	void theMapWorksWithoutJavaScript(Browser browser) {
		Page page = browser.openWithoutJavaScript("/forces/map");
		assertThat(page.locator("svg a").count()).isEqualTo(43);
		assertThat(page.locator("svg").isVisible()).isTrue();
		browser.screenshot(page, "map-without-javascript");
	}

}
