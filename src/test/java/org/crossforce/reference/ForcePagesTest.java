package org.crossforce.reference;

import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ForcePagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anUnknownForceIsNotFound() throws Exception {
		MvcResult result = mvc.perform(get("/forces/atlantis")).andExpect(status().isNotFound()).andReturn();
		// The servlet container then renders the shell's "Page not found" (StartPageTest covers that page).
		assertThat(result.getResolvedException()).isInstanceOf(ResponseStatusException.class);
	}

	@Test
	void listsTheTerritorialForcesByRegionWithTheirNeighboursThenTheNationalForces() throws Exception {
		Document page = page("/forces");
		assertThat(page.select("main h1").text()).isEqualTo("Police forces in England and Wales");
		assertThat(page.title()).isEqualTo("Police forces in England and Wales – Crossforce");
		assertThat(page.select("table.crossforce-region caption").eachText()).containsExactly("East Midlands",
				"East of England", "London", "North East", "North West", "South East", "South West", "Wales",
				"West Midlands", "Yorkshire and The Humber");
		assertThat(page.select("table.crossforce-region tbody th a[href^=/forces/]")).hasSize(43);
		Element city = page.select("table.crossforce-region tr:has(a[href=/forces/city-of-london])").first();
		assertThat(city.select("td").text()).isEqualTo("Metropolitan Police Service");
		Element essex = page.select("table.crossforce-region tr:has(a[href=/forces/essex])").first();
		assertThat(essex.select("td").text()).contains("Suffolk").doesNotContain("Kent");
		assertThat(page.select("table.crossforce-national tbody tr")).hasSize(3);
		assertThat(page.select("table.crossforce-national tbody tr").first().text()).contains("British Transport Police")
			.contains("Great Britain (national)")
			.contains("National special force");
		assertThat(page.select("main a[href=/forces/map]")).hasSize(1);
	}

	@Test
	void aForcePageLinksItsNeighboursAndGivesItsWorkforceWithItsSource() throws Exception {
		Document page = page("/forces/lincolnshire");
		assertThat(page.select("main h1").text()).isEqualTo("Lincolnshire Police");
		assertThat(page.title()).isEqualTo("Lincolnshire Police – Crossforce");
		assertThat(summary(page, "Region")).isEqualTo("East Midlands");
		assertThat(summary(page, "ONS force area code")).isEqualTo("E23000020");
		assertThat(summary(page, "Country")).isEqualTo("England");
		assertThat(page.select("ul.crossforce-neighbours a").eachAttr("href")).containsExactly(
				"/forces/cambridgeshire", "/forces/humberside", "/forces/leicestershire", "/forces/norfolk",
				"/forces/northamptonshire", "/forces/nottinghamshire");
		assertThat(page.select("ul.crossforce-neighbours a").first().text()).isEqualTo("Cambridgeshire Constabulary");
		assertThat(page.select("h2#workforce").text()).isEqualTo("Workforce at 31 March 2018");
		assertThat(figure(page, "Police officers (full-time equivalent)")).isEqualTo("1,087.01");
		assertThat(figure(page, "Special constables (headcount)")).isEqualTo("143");
		// 1,087.01 + 362.06 + 123.96
		assertThat(figure(page, "Total workforce")).isEqualTo("1,573.03");
		assertThat(page.select("table.crossforce-workforce th.govuk-table__header[scope=row]")).hasSize(7);
		assertThat(page.select("p.crossforce-source").text()).startsWith("Source: Home Office, Police workforce")
			.contains("31 March 2018");
	}

	@Test
	void missingFiguresAndNationalForcesSaySo() throws Exception {
		Document cleveland = page("/forces/cleveland");
		assertThat(figure(cleveland, "Designated officers")).isEqualTo("No figure published");
		assertThat(page("/forces/city-of-london").select("main").text())
			.contains("shares a land boundary with 1 force:");

		Document mod = page("/forces/ministry-of-defence");
		assertThat(mod.select("main h1").text()).isEqualTo("Ministry of Defence Police");
		assertThat(summary(mod, "ONS force area code")).isEqualTo("None: no force area");
		assertThat(summary(mod, "Kind of force")).isEqualTo("National special force");
		assertThat(mod.select("ul.crossforce-neighbours")).isEmpty();
		assertThat(mod.select("main").text()).contains("has no force area of its own")
			.contains("The Home Office police workforce tables have no figures for this force.");
		assertThat(mod.select("table.crossforce-workforce")).isEmpty();
	}

	private Document page(String path) throws Exception {
		return Html.of(mvc.perform(get(path)).andExpect(status().isOk()).andReturn());
	}

	private static String summary(Document page, String key) {
		return page.select(".govuk-summary-list__row:has(dt:containsOwn(" + key + ")) dd").text();
	}

	private static String figure(Document page, String label) {
		return page.select("table.crossforce-workforce tbody tr")
			.stream()
			.filter(row -> row.select("th").text().startsWith(label))
			.map(row -> row.select("td").text())
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + label));
	}

}
