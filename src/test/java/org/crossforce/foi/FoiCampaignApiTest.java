package org.crossforce.foi;

import org.crossforce.foi.internal.FoiRecords;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossforce.foi.FoiCampaigns.ADVOCATE;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET and POST /api/foi/campaigns: who may call, the 400s naming the field, and a campaign created and sent. */
@IntegrationTest
class FoiCampaignApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FoiRecords records;

	@Test
	void onlyAdvocatesAndAnalystsMayCall() throws Exception {
		mvc.perform(get("/api/foi/campaigns")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/foi/campaigns").header("Authorization", DemoTokens.bearer(mvc, "psd@essex.demo")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/foi/campaigns").header("Authorization", DemoTokens.bearer(mvc, "iopc@iopc.demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
	}

	@Test
	void badInputIsA400NamingTheField() throws Exception {
		String token = DemoTokens.bearer(mvc, ADVOCATE);
		create(token, "{\"title\":\"\",\"subject\":\"s\",\"body\":\"b\",\"authorities\":{\"scope\":\"ALL\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		create(token, "{\"title\":\"t\",\"subject\":\"s\",\"body\":\"Dear {forse}\",\"authorities\":{\"scope\":\"ALL\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"{forse} is not a placeholder: use only {authority}, {region}, {date}, {organisation}, {reference}"));
		create(token, "{\"title\":\"t\",\"subject\":\"s\",\"body\":\"b\",\"authorities\":{\"scope\":\"REGION\",\"region\":\"Atlantis\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("authorities.region"));
		create(token, "{\"title\":\"t\",\"subject\":\"s\",\"body\":\"b\",\"authorities\":{\"scope\":\"CHOSEN\",\"codes\":[\"kent\",\"gotham\"]}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("authorities.codes"))
			.andExpect(jsonPath("$.errors[0].message").value("gotham is not a force's code"));
		create(token, "{\"title\":\"t\",\"subject\":\"s\",\"body\":\"b\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("authorities.scope"));
		mvc.perform(get("/api/foi/campaigns/999999999").header("Authorization", token))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCampaignIsCreatedListedAndSentOnce() throws Exception {
		String token = DemoTokens.bearer(mvc, ADVOCATE);
		String body = create(token, """
				{"title":"API campaign","subject":"Request {reference}","body":"Dear {authority},",
				 "authorities":{"scope":"CHOSEN","codes":["kent","essex"]}}
				""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.campaign.requestCount").value(2))
			.andExpect(jsonPath("$.campaign.organisation").value("support-demo"))
			.andExpect(jsonPath("$.campaign.countsByState.NOT_SENT").value(2))
			.andExpect(jsonPath("$.requests[0].authorityName").value("Essex Police"))
			.andExpect(jsonPath("$.requests[1].authorityCode").value("kent"))
			.andExpect(jsonPath("$.requests[0].delivery").value("EMAIL"))
			.andExpect(jsonPath("$.requests[0].state").value("NOT_SENT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.campaign.id")).longValue();

		mvc.perform(get("/api/foi/campaigns").header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].title", hasItem("API campaign")))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].requestCount", hasItem(2)));
		mvc.perform(get("/api/foi/campaigns").header("Authorization", DemoTokens.bearer(mvc, ADVOCATE)))
			.andExpect(jsonPath("$[*].id", hasItem((int) id)));

		send(token, id, "{\"receivedOn\":\"" + FoiCampaigns.today().plusDays(2) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
		send(token, id, "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
		send(token, id, "{\"receivedOn\":\"not a date\"}").andExpect(status().isBadRequest());
		send(token, id, "{\"receivedOn\":\"" + FoiCampaigns.today() + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sentByEmail").value(2))
			.andExpect(jsonPath("$.sentByLetter").value(0));
		send(token, id, "{\"receivedOn\":\"" + FoiCampaigns.today() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("campaign"));
		assertThat(records.requestsOf(id)).allSatisfy(request -> assertThat(records.thread(request.id())).hasSize(1));

		mvc.perform(get("/api/foi/campaigns/" + id).header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.campaign.sentAt").isNotEmpty())
			.andExpect(jsonPath("$.requests[0].state").value("AWAITING_RESPONSE"))
			.andExpect(jsonPath("$.requests[0].dueDate").isNotEmpty())
			.andExpect(jsonPath("$.requests[0].overdue").value(false))
			.andExpect(jsonPath("$.campaign.overdueCount").value(0))
			.andExpect(jsonPath("$.campaign.countsByState.AWAITING_RESPONSE").value(2))
			.andExpect(jsonPath("$.campaign.countsByState.NOT_SENT").doesNotExist());
	}

	private org.springframework.test.web.servlet.ResultActions create(String token, String json) throws Exception {
		return mvc.perform(post("/api/foi/campaigns").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private org.springframework.test.web.servlet.ResultActions send(String token, long id, String json)
			throws Exception {
		return mvc.perform(post("/api/foi/campaigns/" + id + "/send").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
