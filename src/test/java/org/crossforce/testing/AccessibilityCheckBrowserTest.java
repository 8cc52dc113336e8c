package org.crossforce.testing;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Zero violations means something only if the check finds them: this breaks a real page on purpose. */
@BrowserTest
class AccessibilityCheckBrowserTest {

	@Test
	void namesEachViolationItsImpactAndTheElementsAtFault(Browser browser) {
		Page page = browser.open("/");
		page.evaluate("document.querySelector('main h1').insertAdjacentHTML('afterend',"
				+ " '<img id=\"no-alt\" src=\"/assets/images/favicon.svg\"><a id=\"no-text\" href=\"/\"></a>')");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> browser.assertAccessible(page, "a broken page"))
			.withMessageStartingWith("axe-core 4.")
			.withMessageContaining("found 2 accessibility violations on a broken page (" + browser.url("/") + ")")
			.withMessageContaining("- image-alt [critical] Images must have alternative text")
			.withMessageContaining("at [#no-alt]")
			.withMessageContaining("- link-name [serious] Links must have discernible text")
			.withMessageContaining("at [#no-text]");
	}

	@Test
	void toleratesOnlyGovukFrontendsOwnMarkingOfConditionalRadios(Browser browser) {
		Page page = browser.open("/report/accused/role");
		page.check("#role");
		assertThat(page.getAttribute("#role", "aria-expanded")).as("GOV.UK Frontend's conditional reveal").isEqualTo("true");
		browser.assertAccessible(page, "a page with GOV.UK conditional radios");

		page.evaluate("document.querySelector('#role-2').setAttribute('aria-expanded', 'false');"
				+ "document.querySelector('#role-3').setAttribute('aria-pressed', 'true')");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> browser.assertAccessible(page, "a page with other ARIA misuse on radios"))
			.withMessageContaining("- aria-allowed-attr [critical]")
			.withMessageContaining("at [#role-2]")
			.withMessageContaining("at [#role-3]");
	}

	@Test
	void refusesAPageOpenedWithoutJavaScript(Browser browser) {
		Page page = browser.openWithoutJavaScript("/");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> browser.assertAccessible(page, "the start page"))
			.withMessageContaining("opened without JavaScript");
	}

}
