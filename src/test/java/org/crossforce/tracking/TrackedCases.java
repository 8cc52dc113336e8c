package org.crossforce.tracking;

import java.time.Duration;
import java.util.Optional;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.reports.ReportApiTestData;
import org.crossforce.testing.DemoTokens;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Cases for the victim's view tests: an advocate's report with its receipt, allocated, and a victim signed in. */
public final class TrackedCases {

	private TrackedCases() {
	}

	/** A report's receipt, and the force the rule chose to investigate it. */
	public record Tracked(String reference, String passphrase, String investigatingForce) {

		/** The investigating force's demo professional standards user. */
		public String psd() {
			return "psd@" + investigatingForce + ".demo";
		}

	}

	/** The advocate's report of {@link ReportApiTestData#VALID}, once allocated. */
	public static Tracked allocated(MockMvc mvc, Allocations allocations) throws Exception {
		return allocated(mvc, allocations, ReportApiTestData.VALID);
	}

	public static Tracked allocated(MockMvc mvc, Allocations allocations, String report) throws Exception {
		String body = mvc
			.perform(post("/api/reports").header("Authorization", DemoTokens.bearer(mvc, "advocate@support.demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(report))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reference = JsonPath.read(body, "$.reference");
		CaseAllocation allocation = await().atMost(Duration.ofSeconds(20))
			.until(() -> allocations.of(reference), Optional::isPresent)
			.orElseThrow();
		return new Tracked(reference, JsonPath.read(body, "$.passphrase"), allocation.investigatingForce());
	}

	/** Signs in to the victim's view as a person would, and returns the session it gives. */
	public static MockHttpSession signIn(MockMvc mvc, Tracked tracked) throws Exception {
		MockHttpSession before = (MockHttpSession) mvc.perform(get("/track")).andReturn().getRequest().getSession();
		MvcResult result = mvc
			.perform(post("/track").session(before)
				.with(csrf())
				.param("reference", tracked.reference())
				.param("passphrase", tracked.passphrase()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/track/case");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	/**
	 * Whatever the investigating force's user must do before reading the victim's details and messages. Today
	 * nothing; once conflict declarations arrive, the declaration goes here.
	 */
	/** The investigating force's professional standards user declares no connection, as reading victim data needs. */
	public static void investigatingForceMayRead(MockMvc mvc, Tracked tracked) throws Exception {
		mvc.perform(post("/api/cases/{reference}/declarations", tracked.reference())
			.header("Authorization", DemoTokens.bearer(mvc, tracked.psd()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"connection\": false}")).andExpect(status().isCreated());
	}

}
