package org.crossforce.supercomplaints.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.crossforce.reports.AbuseKind;
import org.crossforce.reports.Accused;
import org.crossforce.reports.AccusedRole;
import org.crossforce.reports.Consent;
import org.crossforce.reports.Contact;
import org.crossforce.reports.NewReport;
import org.crossforce.reports.ReferralIndicators;
import org.crossforce.reports.Relationship;
import org.crossforce.reports.ReportIntake;
import org.crossforce.reports.Submitter;
import org.crossforce.reports.Victim;
import org.crossforce.testing.Browser;
import org.crossforce.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A super-complaint drafted in a browser by a designated body's advocate: started, a statistics table frozen into it,
 * a case study drawn from a consented case, anonymised, edited and checked, the text saved, an older version looked
 * at, and the complaint submitted; then HMICFRS acknowledges it. axe on every page on the way, and the draft and the
 * case study page in screenshots.
 */
@BrowserTest
class SuperComplaintDraftingBrowserTest {

	@Autowired
	ReportIntake intake;

	@Test
	void anAdvocateDraftsWithACaseStudyAndSubmitsAndHmicfrsAcknowledges(Browser browser) {
		String reference = intake.submit(new NewReport(
				new Accused("Barnaby", "Featherstonehaugh", "cumbria", AccusedRole.OFFICER, "Constable", null,
						List.of()),
				new Victim("Ottilie", "Pennycuick", null, Contact.NONE), Relationship.INTIMATE_PARTNERS,
				Set.of(AbuseKind.CONTROLLING_OR_COERCIVE), "cumbria", LocalDate.of(2024, 1, 5), null,
				"Barnaby Featherstonehaugh followed me to work on 5 January 2024 and rang 07700 900777 forty times. "
						+ "Ottilie told the control room at Penrith and got reference 12/34567/24.",
				ReferralIndicators.NONE,
				new Consent(true, true, Consent.ConsentMethod.IN_PERSON, LocalDate.of(2024, 2, 1)), List.of()),
				new Submitter(Submitter.Channel.ADVOCATE_WEB, "advocate@support.demo", "support-demo"))
			.reference();
		String title = "Browser test: investigations by the accused's own force " + UUID.randomUUID();

		Page page = browser.signIn("advocate@support.demo");
		page.navigate(browser.url("/supercomplaints"));
		page.locator("#new-complaint").waitFor();
		browser.assertAccessible(page, "the super-complaints list");
		page.click("#new-complaint");
		page.waitForURL("**/supercomplaints/new");
		browser.assertAccessible(page, "starting a draft");
		page.fill("#title", title);
		page.click("form[action$='/supercomplaints/new'] button[type=submit]");
		page.waitForURL("**/supercomplaints/*");
		page.locator(".govuk-notification-banner--success").waitFor();
		String draftUrl = page.url();
		browser.assertAccessible(page, "a new draft");

		page.click("#add-statistics-button");
		page.locator(".govuk-notification-banner--success").waitFor();
		page.locator("#evidence-items").waitFor();
		assertThat(page.locator("#evidence-items .evidence-item").count()).isEqualTo(1);

		page.click("#add-case-study");
		page.waitForURL("**/case-studies/new");
		page.locator("input[name=case][value='" + reference + "']").waitFor();
		browser.assertAccessible(page, "choosing a case for a case study");
		page.check("input[name=case][value='" + reference + "']");
		page.click("#anonymise");
		page.locator("#text").waitFor();
		String anonymised = page.locator("#text").inputValue();
		assertThat(anonymised).doesNotContain("Barnaby").doesNotContain("Ottilie").doesNotContain("07700")
			.doesNotContain("12/34567/24").doesNotContain("5 January").contains("January 2024");
		assertThat(page.locator("#removals").textContent()).contains("Names removed");
		browser.assertAccessible(page, "the anonymised case study");

		page.fill("#text", anonymised + " Her colleague \"Bunny\" Featherstonehaugh, aged 34, saw it happen.");
		page.fill("#title", "Followed to work by a serving officer");
		page.click("#check-case-study");
		page.locator("#warnings").waitFor();
		assertThat(page.locator("#text").inputValue()).doesNotContain("Featherstonehaugh");
		assertThat(page.locator("#warnings").textContent()).contains("Bunny").contains("aged 34");
		browser.assertAccessible(page, "the case study with warnings");
		browser.screenshot(page, "case-study");

		page.click("#save-case-study");
		page.waitForURL(url -> url.startsWith(draftUrl));
		page.locator(".govuk-notification-banner--success").waitFor();
		assertThat(page.locator("#evidence-items .evidence-item").count()).isEqualTo(2);
		assertThat(page.locator("#evidence-items").textContent()).contains("Followed to work by a serving officer")
			.contains("with the victim's consent to anonymised use")
			.doesNotContain(reference);
		browser.assertAccessible(page, "the draft with a case study");

		page.click("#edit");
		page.waitForURL("**/edit");
		browser.assertAccessible(page, "editing the draft");
		page.fill("#feature", "Forces investigate domestic abuse reported against their own officers.");
		page.fill("#harm", "Victims do not trust the investigation and withdraw.");
		page.click("#save");
		page.waitForURL(url -> url.startsWith(draftUrl) && !url.endsWith("/edit"));
		page.locator(".govuk-notification-banner--success").waitFor();
		page.click("#edit");
		page.waitForURL("**/edit");
		page.fill("#harm", "Victims do not trust the investigation, and many withdraw.");
		page.click("#save");
		page.waitForURL(url -> url.startsWith(draftUrl) && !url.endsWith("/edit"));
		page.locator(".govuk-notification-banner--success").waitFor();
		page.locator("#versions").waitFor();
		assertThat(page.locator("#versions tbody tr").count()).isEqualTo(5);
		browser.assertAccessible(page, "the draft before submitting");
		browser.screenshot(page, "draft");

		page.click("#versions tr[data-version='2'] a");
		page.waitForURL("**version=2");
		page.locator("#versions").waitFor();
		assertThat(page.locator("#evidence-items .evidence-item").count()).isEqualTo(1);
		browser.assertAccessible(page, "an older version of the draft");

		page.navigate(draftUrl);
		page.locator("#submit").waitFor();
		page.click("#submit");
		page.locator(".govuk-notification-banner--success").waitFor();
		assertThat(page.locator("#stage").textContent()).contains("Submitted");
		browser.assertAccessible(page, "the submitted complaint");
		browser.signOut(page);

		page = browser.signIn("inspector@hmicfrs.demo");
		page.navigate(draftUrl);
		page.locator("#acknowledge").waitFor();
		assertThat(page.locator("#evidence-items").textContent()).contains("Followed to work by a serving officer")
			.doesNotContain("Barnaby");
		browser.assertAccessible(page, "the assessment page before acknowledging");
		page.click("#acknowledge");
		page.locator("#acknowledged-on").waitFor();
		browser.assertAccessible(page, "the assessment page after acknowledging");
		browser.assertOnlyLocalRequests();
	}

}
