package org.crossforce.reference;

import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ForceApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anUnknownForceIsProblemDetails() throws Exception {
		mvc.perform(get("/api/forces/atlantis"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value(containsString("'atlantis'")))
			.andExpect(jsonPath("$.detail").value(not(containsString("Exception"))));
	}

	@Test
	void listsEveryForceWithTheContractFieldsWithoutSigningIn() throws Exception {
		mvc.perform(get("/api/forces"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$", hasSize(46)))
			.andExpect(jsonPath("$[*]", everyItem(hasKey("code"))))
			.andExpect(jsonPath("$[*]", everyItem(hasKey("name"))))
			.andExpect(jsonPath("$[*]", everyItem(hasKey("onsCode"))))
			.andExpect(jsonPath("$[*]", everyItem(hasKey("region"))))
			.andExpect(jsonPath("$[*]", everyItem(hasKey("kind"))))
			.andExpect(jsonPath("$[*]", everyItem(hasKey("neighbours"))))
			.andExpect(jsonPath("$[*]", everyItem(hasKey("workforce"))))
			.andExpect(jsonPath("$[0].code").value("metropolitan"))
			.andExpect(jsonPath("$[?(@.kind == 'territorial')]", hasSize(43)))
			.andExpect(jsonPath("$[?(@.kind == 'special_national')].code", contains("btp", "ministry-of-defence",
					"civil-nuclear")))
			.andExpect(jsonPath("$[?(@.code == 'essex')].neighbours[*]", not(hasItem("kent"))))
			.andExpect(jsonPath("$[?(@.code == 'lincolnshire')].neighbours[*]", hasItem("northamptonshire")));
	}

	@Test
	void oneForceHasItsComputedNeighboursAndWorkforce() throws Exception {
		mvc.perform(get("/api/forces/greater-manchester"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("greater-manchester"))
			.andExpect(jsonPath("$.name").value("Greater Manchester Police"))
			.andExpect(jsonPath("$.onsCode").value("E23000005"))
			.andExpect(jsonPath("$.region").value("North West"))
			.andExpect(jsonPath("$.kind").value("territorial"))
			.andExpect(jsonPath("$.neighbours", contains("cheshire", "derbyshire", "lancashire", "merseyside",
					"west-yorkshire")))
			.andExpect(jsonPath("$.workforce.asAt").value("2018-03-31"))
			.andExpect(jsonPath("$.workforce.officersFte").value(6348.84))
			.andExpect(jsonPath("$.workforce.staffPlusDesignatedFte").value(3341.04))
			.andExpect(jsonPath("$.workforce.pcsoFte").value(645.63))
			.andExpect(jsonPath("$.workforce.specialConstablesHeadcount").value(460))
			// 6,348.84 officers + 3,341.04 staff and designated officers + 645.63 PCSOs
			.andExpect(jsonPath("$.workforce.totalFte").value(10335.51));
		mvc.perform(get("/api/forces/city-of-london"))
			.andExpect(jsonPath("$.neighbours", contains("metropolitan")));
	}

	@Test
	void blankFiguresStayNull() throws Exception {
		mvc.perform(get("/api/forces/cleveland"))
			.andExpect(jsonPath("$.workforce.designatedOfficersFte").value(nullValue()))
			.andExpect(jsonPath("$.workforce.staffPlusDesignatedFte").value(281.2));
		mvc.perform(get("/api/forces/ministry-of-defence"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("special_national"))
			.andExpect(jsonPath("$.onsCode").value(nullValue()))
			.andExpect(jsonPath("$.neighbours", empty()))
			.andExpect(jsonPath("$.workforce").value(nullValue()));
		mvc.perform(get("/api/forces/btp"))
			.andExpect(jsonPath("$.neighbours", empty()))
			.andExpect(jsonPath("$.workforce.officersFte").value(2865.45));
	}

	@Test
	void theApiIsDocumented() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/forces'].get.summary").exists())
			.andExpect(jsonPath("$.paths['/api/forces/{code}'].get.responses['404']").exists())
			.andExpect(jsonPath("$.components.schemas.Workforce.properties.totalFte.description")
				.value(containsString("officersFte + staffPlusDesignatedFte + pcsoFte")));
	}

}
