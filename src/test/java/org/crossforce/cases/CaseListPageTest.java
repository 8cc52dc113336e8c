package org.crossforce.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.reports.ReportApiTestData;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /cases: who sees which cases, the filters and the pagination. */
@IntegrationTest
class CaseListPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	UserDetailsService users;

	@Test
	void notSignedInGoesToSignIn() throws Exception {
		mvc.perform(get("/cases")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void rolesWithNoCasesAreRefused() throws Exception {
		mvc.perform(get("/cases").with(user(StaffCases.user(users, "inspector@hmicfrs.demo"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cases").with(user(StaffCases.user(users, "college@college.demo"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void eachOrganisationSeesItsOwnCases() throws Exception {
		CaseAllocation allocation = StaffCases.allocated(mvc, allocations, ReportApiTestData.VALID);
		String reference = allocation.reference();
		String investigating = allocation.investigatingForce();

		Document own = page(get("/cases?status=all&force=" + investigating), StaffCases.psd(investigating));
		assertThat(references(own)).contains(reference);
		var row = own.select("#cases tr:has(a[href=/cases/" + reference + "])");
		assertThat(row.select("td").eachText()).hasSize(5).contains("Open", "No", "Greater Manchester Police");
		assertThat(own.select(".govuk-service-navigation__link").eachText()).contains("Cases", "Conduct notices")
			.doesNotContain("Referrals", "Alerts", "Collaborations");

		// The employing force, an unrelated force: not among their cases.
		assertThat(references(page(get("/cases?status=all"), "psd@greater-manchester.demo"))).doesNotContain(reference);
		assertThat(references(page(get("/cases?status=all"), "psd@devon-and-cornwall.demo"))).doesNotContain(reference);
		// The advocate's organisation recorded it; the IOPC and administrators see every allocated case.
		assertThat(references(page(get("/cases?force=" + investigating), "advocate@support.demo"))).contains(reference);
		assertThat(references(page(get("/cases?force=" + investigating), "iopc@iopc.demo"))).contains(reference);
		assertThat(references(page(get("/cases?force=" + investigating), "admin@crossforce.demo"))).contains(reference);
	}

	@Test
	void theForceAndDateFiltersNarrowTheList() throws Exception {
		CaseAllocation allocation = StaffCases.allocated(mvc, allocations, ReportApiTestData.VALID);
		String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
		String[] ymd = today.split("-");
		String iopc = "iopc@iopc.demo";

		assertThat(references(page(get("/cases").param("force", allocation.investigatingForce())
			.param("fromDay", ymd[2]).param("fromMonth", ymd[1]).param("fromYear", ymd[0])
			.param("toDay", ymd[2]).param("toMonth", ymd[1]).param("toYear", ymd[0]), iopc)))
			.contains(allocation.reference());
		Document tomorrowOnwards = page(get("/cases").param("fromDay", "1").param("fromMonth", "1").param("fromYear", "2999"), iopc);
		assertThat(references(tomorrowOnwards)).isEmpty();
		assertThat(tomorrowOnwards.select("#no-cases").text()).isEqualTo("There are no cases to show.");
		assertThat(references(page(get("/cases").param("force", "kent"), iopc))).doesNotContain(allocation.reference());
		// The form is a plain GET form: it carries no CSRF token and no case content.
		assertThat(tomorrowOnwards.select("form.crossforce-filters").attr("method")).isEqualTo("get");
		assertThat(tomorrowOnwards.select("form.crossforce-filters input[name=_csrf]")).isEmpty();
	}

	@Test
	void anImpossibleDateIsExplainedBesideTheField() throws Exception {
		Document page = page(get("/cases").param("fromDay", "31").param("fromMonth", "2").param("fromYear", "2025")
			.param("toDay", "1").param("toMonth", "1").param("toYear", "2025"), "iopc@iopc.demo");
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#fromDay");
		assertThat(page.select("#fromDay-error").text()).contains("must be a real date");
		assertThat(page.select("#fromDay").attr("class")).contains("govuk-input--error");
		assertThat(page.select("#fromDay").val()).isEqualTo("31");
		assertThat(page.select("#toYear").val()).isEqualTo("2025");

		Document backwards = page(get("/cases").param("fromDay", "2").param("fromMonth", "1").param("fromYear", "2025")
			.param("toDay", "1").param("toMonth", "1").param("toYear", "2025"), "iopc@iopc.demo");
		assertThat(backwards.select("#toDay-error").text()).contains("must be the same as or after");
	}

	@Test
	void listsArePagedTwentyAtATime() throws Exception {
		// Devon and Cornwall employs the accused, and the incident happened there: all these cases match the filter.
		String report = ReportApiTestData.VALID.replace("\"force\": \"greater-manchester\"", "\"force\": \"devon-and-cornwall\"")
			.replace("\"incidentForce\": \"greater-manchester\"", "\"incidentForce\": \"devon-and-cornwall\"")
			.replace("\"previousForces\": [\"cheshire\"]", "\"previousForces\": []");
		for (int i = 0; i < 21; i++) {
			StaffCases.allocated(mvc, allocations, report);
		}
		String admin = "admin@crossforce.demo";
		Document first = page(get("/cases").param("force", "devon-and-cornwall"), admin);
		assertThat(references(first)).hasSize(20);
		assertThat(first.select(".govuk-pagination__item--current a").text()).isEqualTo("1");
		assertThat(first.select(".govuk-pagination__item--current a").attr("aria-current")).isEqualTo("page");
		String next = first.select(".govuk-pagination__next a").attr("href");
		assertThat(next).contains("force=devon-and-cornwall").contains("page=2");
		assertThat(first.select(".govuk-pagination__prev")).isEmpty();

		Document second = page(get(next), admin);
		assertThat(references(second)).isNotEmpty().doesNotContainAnyElementsOf(references(first));
		assertThat(second.select(".govuk-pagination__prev a").attr("href")).contains("page=1");
		assertThat(second.select("caption").text()).startsWith("Cases 21 to");
	}

	private Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
		return Html.of(mvc.perform(request.with(user(StaffCases.user(users, username))))
			.andExpect(status().isOk())
			.andReturn());
	}

	private static List<String> references(Document page) {
		return page.select("#cases tbody th a").eachText();
	}

}
