package org.crossforce.reference;

import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ForceMapPageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void everyForceAreaIsALinkWithAnAccessibleName() throws Exception {
		Document page = map();
		assertThat(page.select("main h1").text()).isEqualTo("Map of police force areas in England and Wales");
		Element svg = page.selectFirst("main svg.crossforce-map");
		assertThat(svg).isNotNull();
		assertThat(svg.attr("role")).isEqualTo("group");
		assertThat(svg.attr("viewbox")).matches("0 0 \\d+ \\d+");
		Element title = page.getElementById(svg.attr("aria-labelledby"));
		assertThat(title).isNotNull();
		assertThat(title.text()).isEqualTo("Police force areas of England and Wales");

		Elements areas = svg.select("a");
		assertThat(areas).hasSize(43);
		for (Element area : areas) {
			assertThat(area.attr("href")).startsWith("/forces/");
			assertThat(area.attr("aria-label")).isNotBlank().isEqualTo(area.selectFirst("title").text());
			assertThat(area.selectFirst("path").attr("d")).startsWith("M").endsWith("Z");
		}
		Element city = svg.selectFirst("a[href=/forces/city-of-london]");
		assertThat(city.attr("aria-label")).isEqualTo("City of London Police");
	}

	@Test
	void hasATextAlternativeThatNamesEveryForce() throws Exception {
		Document page = map();
		Element alternative = page.selectFirst("main .crossforce-map-alternative a");
		assertThat(alternative.attr("href")).isEqualTo("/forces");
		assertThat(page.selectFirst("main .crossforce-map-alternative").text())
			.contains("gives the same information as this map");
		Elements listed = page.select("ul.crossforce-map-list a");
		assertThat(listed).hasSize(43);
		assertThat(listed.eachAttr("href")).containsExactlyInAnyOrderElementsOf(
				page.select("svg.crossforce-map a").eachAttr("href"));
		assertThat(page.select("main a[href=/forces/btp], main a[href=/forces/ministry-of-defence], "
				+ "main a[href=/forces/civil-nuclear]")).hasSize(3);
		assertThat(page.select("main").text()).contains("Office for National Statistics");
	}

	@Test
	void isSmallAndNeedsNoInlineStylesOrScripts() throws Exception {
		MvcResult result = mvc.perform(get("/forces/map")).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(300_000);
		Document page = Html.of(result);
		assertThat(page.select("[style], style")).isEmpty();
		assertThat(page.select("script:not([src])")).hasSize(1);
	}

	private Document map() throws Exception {
		return Html.of(mvc.perform(get("/forces/map")).andExpect(status().isOk()).andReturn());
	}

}
