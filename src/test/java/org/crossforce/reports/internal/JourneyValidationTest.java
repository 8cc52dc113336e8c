package org.crossforce.reports.internal;

import java.util.List;

import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every question page refuses what it cannot take: the error summary lists each problem and links to the field at
 * fault, the field shows the same message, and the page title says there is an error.
 */
@IntegrationTest
class JourneyValidationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void eachQuestionLeftUnansweredIsExplainedAtItsField() throws Exception {
		expectErrors("accused/name", List.of(), "givenNames", "Enter their given names", "familyName",
				"Enter their family name");
		expectErrors("accused/force", List.of(), "force", "Choose the force they work for");
		expectErrors("accused/role", List.of(), "role", "Choose what they do for the police");
		expectErrors("accused/previous-forces", List.of(), "forces",
				"Select the forces they worked for before, or select 'None, or I do not know'");
		expectErrors("relationship", List.of(), "relationship", "Choose how you know them");
		expectErrors("what-happened", List.of(), "kinds", "Select what they did");
		expectErrors("when", List.of(), "fromDay", "Enter the date it happened or started");
		expectErrors("where", List.of(), "force", "Choose the force area where it happened");
		expectErrors("account", List.of("narrative", "  "), "narrative", "Tell us what happened");
		expectErrors("safety", List.of(), "concerns", "Select what applies, or select 'None of these'");
		expectErrors("serving", List.of(), "serves", "Select yes if you work for the police");
		expectErrors("about-you", List.of(), "giveName", "Select yes if you want to give your name");
		expectErrors("contact", List.of(), "channel", "Select how we can contact you");
		expectErrors("contact/safe-times", List.of(), "leaveMessages", "Select yes if we can leave a message");
		expectErrors("consent/sharing", List.of(), "share",
				"Select yes if we can share your details and account with the force that investigates");
		expectErrors("consent/statistics", List.of(), "anonymisedUse",
				"Select yes if we can use your report, anonymised, in statistics and as evidence");
	}

	@Test
	void revealedFieldsAreCheckedOnlyWhenTheirChoiceIsMade() throws Exception {
		expectErrors("serving", List.of("serves", "true"), "force", "Choose the force you work for");
		expectErrors("about-you", List.of("giveName", "true"), "givenNames", "Enter your given names", "familyName",
				"Enter your family name");
		expectErrors("contact", List.of("channel", "EMAIL", "email", "not-an-address", "phone", "x"), "email",
				"Enter an email address in the correct format, like name@example.com");
		expectErrors("contact", List.of("channel", "PHONE", "email", "not-an-address", "phone", "call me"), "phone",
				"Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192");
		JourneySteps steps = JourneySteps.victim(mvc);
		assertThat(steps.answer("contact", "channel", "PHONE", "phone", " 07700 900 982 ")).as("spaces around are dropped")
			.isEqualTo("/report/consent/sharing");
		assertThat(steps.answer("contact", "channel", "NONE", "email", "not-an-address", "phone", "call me"))
			.as("what is typed in a field hidden by another choice does not matter")
			.isEqualTo("/report/consent/sharing");
	}

	@Test
	void limitsAndContradictionsAreExplained() throws Exception {
		expectErrors("accused/name", List.of("givenNames", "a".repeat(201), "familyName", "Marchbanks"), "givenNames",
				"Given names must be 200 characters or fewer");
		expectErrors("accused/role", List.of("role", "OFFICER", "rank", "r".repeat(101)), "rank",
				"Rank must be 100 characters or fewer");
		expectErrors("accused/number", List.of("identifier", "1".repeat(51)), "identifier",
				"The number must be 50 characters or fewer");
		expectErrors("accused/previous-forces", List.of("forces", "cheshire", "forces", "none"), "forces",
				"Select the forces they worked for before, or 'None, or I do not know', not both");
		expectErrors("accused/previous-forces", List.of("forces", "atlantis"), "forces",
				"Select the forces they worked for before, or select 'None, or I do not know'");
		expectErrors("accused/force", List.of("force", "atlantis"), "force", "Choose the force they work for");
		expectErrors("where", List.of("force", "btp"), "force", "Choose the force area where it happened");
		expectErrors("safety", List.of("concerns", "THREATS_TO_KILL", "concerns", "NONE"), "concerns",
				"Select what applies, or 'None of these', not both");
		expectErrors("account", List.of("narrative", "x".repeat(50_001)), "narrative",
				"Your account must be 50,000 characters or fewer");
	}

	@Test
	void datesAreCheckedAsTheGovUkDatesPatternSays() throws Exception {
		expectErrors("when", List.of("fromDay", "10", "fromYear", "2025"), "fromMonth",
				"The date it happened or started must include a month");
		expectErrors("when", List.of("fromYear", "2025"), "fromDay",
				"The date it happened or started must include a day and month");
		expectErrors("when", List.of("fromDay", "31", "fromMonth", "2", "fromYear", "2025"), "fromDay",
				"The date it happened or started must be a real date");
		expectErrors("when", List.of("fromDay", "1", "fromMonth", "2", "fromYear", "25"), "fromYear",
				"The year must include 4 numbers");
		expectErrors("when", List.of("fromDay", "1", "fromMonth", "2", "fromYear", "0225"), "fromYear",
				"The date it happened or started must be in 1900 or later");
		expectErrors("when", List.of("fromDay", "1", "fromMonth", "2", "fromYear", "2999"), "fromDay",
				"The date it happened or started must be today or in the past");
		expectErrors("when", List.of("fromDay", "1", "fromMonth", "6", "fromYear", "2025", "toDay", "1", "toMonth", "5",
				"toYear", "2025"), "toDay", "The date it stopped must be the same as or after the date it started");
		Document page = JourneySteps.victim(mvc).refused("when", "fromDay", "10", "fromYear", "2025");
		assertThat(page.select("#fromMonth").hasClass("govuk-input--error")).as("only the missing part is marked").isTrue();
		assertThat(page.select("#fromDay").hasClass("govuk-input--error")).isFalse();
		assertThat(page.select("#fromDay").attr("value")).as("what was typed is kept").isEqualTo("10");
	}

	@Test
	void aPoliceEmailAddressIsWarnedAboutOnceThenAccepted() throws Exception {
		JourneySteps steps = JourneySteps.victim(mvc);
		steps.answer("about-you", "giveName", "true", "givenNames", "Ottoline", "familyName", "Fairweather");
		assertThat(steps.answer("contact", "channel", "EMAIL", "email", "o.fairweather@lancashire.police.uk"))
			.as("the reporter comes back to the page with the warning")
			.isEqualTo("/report/contact");
		Document warned = steps.page("contact");
		assertThat(warned.select(".govuk-warning-text").text()).startsWith("! Warning This looks like a police email address")
			.contains("possibly including the person you are reporting");
		assertThat(warned.select("#email").attr("value")).isEqualTo("o.fairweather@lancashire.police.uk");
		assertThat(steps.answer("contact", "channel", "EMAIL", "email", "o.fairweather@lancashire.police.uk"))
			.as("given again, it is accepted")
			.isEqualTo("/report/contact/safe-times");
		assertThat(steps.answer("contact", "channel", "EMAIL", "email", "ottoline@example.org"))
			.isEqualTo("/report/contact/safe-times");
		assertThat(steps.page("contact").select(".govuk-warning-text")).isEmpty();
	}

	@Test
	void policeEmailAddressesAreRecognisedByTheirDomain() {
		assertThat(PoliceEmail.isPolice("a@met.police.uk")).isTrue();
		assertThat(PoliceEmail.isPolice("a@gmp.pnn.police.uk")).isTrue();
		assertThat(PoliceEmail.isPolice("a@college.police.uk")).isTrue();
		assertThat(PoliceEmail.isPolice("a@kent.pnn.gov.uk")).isTrue();
		assertThat(PoliceEmail.isPolice("a@SURREY.POLICE.UK")).isTrue();
		assertThat(PoliceEmail.isPolice("a@polfed-police.org")).isTrue();
		assertThat(PoliceEmail.isPolice("police@example.org")).as("the domain decides, not the name").isFalse();
		assertThat(PoliceEmail.isPolice("a@example.org")).isFalse();
		assertThat(PoliceEmail.isPolice("a@pnnx.org")).isFalse();
	}

	@Test
	void anAdvocateMustSayHowAndWhenConsentWasGiven() throws Exception {
		JourneySteps steps = JourneyAdvocateTest.advocate(mvc, users);
		Document page = steps.refused("consent/given");
		assertErrors(page, "how", "Select how the victim gave their consent", "day", "Enter the date they gave consent");
		page = steps.refused("consent/given", "how", "PHONE", "day", "1", "month", "1", "year", "2999");
		assertErrors(page, "day", "The date they gave consent must be today or in the past");
	}

	/** POSTs the parameters to a question and checks the errors named, in order, as field and message pairs. */
	private void expectErrors(String question, List<String> parameters, String... fieldsAndMessages) throws Exception {
		Document page = JourneySteps.victim(mvc).refused(question, parameters.toArray(String[]::new));
		assertErrors(page, fieldsAndMessages);
	}

	static void assertErrors(Document page, String... fieldsAndMessages) {
		assertThat(page.title()).startsWith("Error: ").endsWith(" – Crossforce");
		var links = page.select(".govuk-error-summary__list a");
		assertThat(links).as("errors on %s", page.title()).hasSize(fieldsAndMessages.length / 2);
		for (int i = 0; i < fieldsAndMessages.length; i += 2) {
			String field = fieldsAndMessages[i];
			String message = fieldsAndMessages[i + 1];
			assertThat(links.get(i / 2).attr("href")).isEqualTo("#" + field);
			assertThat(links.get(i / 2).text()).isEqualTo(message);
			assertThat(page.getElementById(field)).as("the field the summary links to, #%s", field).isNotNull();
			String errorId = page.getElementById(field).hasClass("govuk-date-input__input")
					? page.getElementById(field).closest(".govuk-date-input").id() + "-error" : field + "-error";
			assertThat(page.getElementById(errorId)).as("the message beside #%s", field).isNotNull();
			assertThat(page.getElementById(errorId).text()).isEqualTo("Error: " + message);
		}
	}

}
