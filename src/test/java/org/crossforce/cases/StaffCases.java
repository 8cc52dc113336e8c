package org.crossforce.cases;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.identity.SignedInUser;
import org.crossforce.reports.ReportApiTestData;
import org.crossforce.testing.DemoTokens;

import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Cases for the staff page tests, made the way an advocate makes them (POST /api/reports) and then allocated. */
final class StaffCases {

	/** The advocate's report (a Greater Manchester sergeant), with the victim's notes attached as a text file. */
	static final String NOTES = "Dates he checked my phone: 3, 9 and 14 March.\n";

	static final String WITH_EVIDENCE = ReportApiTestData.VALID.replace("\"consent\"",
			"\"evidence\": [{\"filename\": \"notes.txt\", \"content\": \""
					+ Base64.getEncoder().encodeToString(NOTES.getBytes(StandardCharsets.UTF_8)) + "\"}], \"consent\"");

	/** The same report, but the accused threatened to kill: a relevant offence, so an IOPC referral is required. */
	static final String REFERRED = ReportApiTestData.VALID.replace("\"policeSystemsAccess\": true",
			"\"policeSystemsAccess\": true, \"threatsToKill\": true");

	private StaffCases() {
	}

	/** Submits the report as the demo advocate and waits until it is allocated. */
	static CaseAllocation allocated(MockMvc mvc, Allocations allocations, String report) throws Exception {
		String body = mvc
			.perform(post("/api/reports").header("Authorization", DemoTokens.bearer(mvc, "advocate@support.demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(report))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reference = JsonPath.read(body, "$.reference");
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> allocations.of(reference), Optional::isPresent)
			.orElseThrow();
	}

	/**
	 * The user declares, through the API, that they have no connection with the accused or the victim: what the
	 * investigating force's caseworkers do before they can see the victim's details.
	 */
	static void declareNoConnection(MockMvc mvc, String reference, String username) throws Exception {
		mvc.perform(post("/api/cases/{r}/declarations", reference)
			.header("Authorization", DemoTokens.bearer(mvc, username))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"connection\": false}")).andExpect(status().isCreated());
	}

	static SignedInUser user(UserDetailsService users, String username) {
		return (SignedInUser) users.loadUserByUsername(username);
	}

	/** The demo professional standards user of a force. */
	static String psd(String force) {
		return "psd@" + force + ".demo";
	}

}
