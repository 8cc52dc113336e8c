package org.crossforce.foi;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Creating and sending campaigns through the pages, as an advocate does, for the FOI campaign tests. */
final class FoiCampaigns {

	static final String ADVOCATE = "advocate@support.demo";

	private FoiCampaigns() {
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/London"));
	}

	/** Creates a campaign through the page and returns its id. */
	static long create(MockMvc mvc, UserDetailsService users, String title, String subject, String body, String scope,
			String... codes) throws Exception {
		var request = post("/foi/campaigns").with(user(users.loadUserByUsername(ADVOCATE)))
			.with(csrf())
			.param("title", title)
			.param("subject", subject)
			.param("body", body)
			.param("scope", scope);
		if (codes.length > 0) {
			request.param("codes", codes);
		}
		MvcResult result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring("/foi/campaigns/".length()));
	}

	static MvcResult send(MockMvc mvc, UserDetailsService users, long id, LocalDate on) throws Exception {
		return mvc
			.perform(post("/foi/campaigns/" + id + "/send").with(user(users.loadUserByUsername(ADVOCATE)))
				.with(csrf())
				.param("receivedOnDay", String.valueOf(on.getDayOfMonth()))
				.param("receivedOnMonth", String.valueOf(on.getMonthValue()))
				.param("receivedOnYear", String.valueOf(on.getYear())))
			.andReturn();
	}

}
