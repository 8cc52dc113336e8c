package org.crossforce.cases;

import java.util.List;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.allocation.IopcReferral;
import org.crossforce.reports.ReportApiTestData;
import org.crossforce.testing.Html;
import org.crossforce.testing.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms on the case page: overriding the allocation (IOPC, administrators), marking a force conflicted
 * (administrators) and recording the IOPC's mode of investigation. Unhappy paths first, then the change, its
 * audit entry and the flash message.
 */
@IntegrationTest
class CaseFormsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void notSignedInGoesToSignInAndAFormWithoutItsTokenIsRefused() throws Exception {
		String reference = StaffCases.allocated(mvc, allocations, ReportApiTestData.VALID).reference();
		mvc.perform(post("/cases/{r}/override", reference).with(csrf()).param("force", "kent").param("reason", "x"))
			.andExpect(redirectedUrl("/sign-in"));
		mvc.perform(post("/cases/{r}/override", reference).with(user(load("iopc@iopc.demo")))
			.param("force", "kent")
			.param("reason", "No token"))
			.andExpect(status().isForbidden());
		assertThat(allocations.of(reference).orElseThrow().overridden()).isFalse();
	}

	@Test
	void onlyTheIopcAndAdministratorsOverrideOnlyAdministratorsMarkConflictsOnlyTheIopcDecidesTheMode()
			throws Exception {
		CaseAllocation allocation = StaffCases.allocated(mvc, allocations, StaffCases.REFERRED);
		String reference = allocation.reference();
		String investigator = StaffCases.psd(allocation.investigatingForce());
		mvc.perform(form("/override", reference, investigator).param("force", "kent").param("reason", "Mine"))
			.andExpect(status().isForbidden());
		mvc.perform(form("/conflicts", reference, "iopc@iopc.demo").param("conflictForce", "kent").param("note", "No"))
			.andExpect(status().isForbidden());
		mvc.perform(form("/mode", reference, "admin@crossforce.demo").param("mode", "LOCAL").param("modeReason", "No"))
			.andExpect(status().isForbidden());
		// Nor may any other force override, whether or not it has a part in the case.
		mvc.perform(form("/override", reference, "psd@kent.demo").param("force", "kent").param("reason", "Mine"))
			.andExpect(status().isForbidden());
		assertThat(allocations.of(reference).orElseThrow().investigatingForce())
			.isEqualTo(allocation.investigatingForce());
		assertThat(allocations.referral(reference).orElseThrow().mode()).isNull();
	}

	@Test
	void anOverrideNeedsAForceWithNoConflictAndAReason() throws Exception {
		String reference = StaffCases.allocated(mvc, allocations, ReportApiTestData.VALID).reference();
		Document blank = shown(form("/override", reference, "iopc@iopc.demo").param("force", "").param("reason", " "));
		assertThat(blank.select(".govuk-error-summary__list a").eachAttr("href")).containsExactlyInAnyOrder("#force",
				"#reason");
		assertThat(blank.select("#reason-error").text()).contains("Enter a reason");

		Document conflicted = shown(form("/override", reference, "iopc@iopc.demo").param("force", "cheshire")
			.param("reason", "Closer to the victim"));
		assertThat(conflicted.select("#force-error").text()).contains("has a conflict of interest in this case");
		assertThat(conflicted.select("#force").attr("class")).contains("govuk-select--error");
		assertThat(conflicted.select("#reason").text()).isEqualTo("Closer to the victim");

		Document national = shown(form("/override", reference, "admin@crossforce.demo")
			.param("force", "british-transport-police").param("reason", "Railway"));
		assertThat(national.select("#force-error").text()).contains("Choose a territorial force from the list");
		assertThat(allocations.of(reference).orElseThrow().overridden()).isFalse();
	}

	@Test
	void theIopcOverridesTheAllocationWithAReason() throws Exception {
		String reference = StaffCases.allocated(mvc, allocations, ReportApiTestData.VALID).reference();
		MvcResult result = mvc
			.perform(form("/override", reference, "iopc@iopc.demo").param("force", "kent")
				.param("reason", "The victim has moved to Kent"))
			.andExpect(redirectedUrl("/cases/" + reference))
			.andExpect(flash().attribute("overridden", "Kent Police"))
			.andReturn();
		CaseAllocation now = allocations.of(reference).orElseThrow();
		assertThat(now.investigatingForce()).isEqualTo("kent");
		assertThat(now.overrideReason()).isEqualTo("The victim has moved to Kent");
		assertThat(audit(reference, "case.allocation.overridden")).singleElement()
			.satisfies(detail -> assertThat(detail).contains("to=kent", "reason=The victim has moved to Kent"));

		Document page = Html.of(mvc
			.perform(get("/cases/{r}", reference).with(user(load("iopc@iopc.demo"))).flashAttrs(result.getFlashMap()))
			.andReturn());
		assertThat(page.select(".govuk-notification-banner--success").text())
			.contains("The case is now allocated to Kent Police");
		assertThat(page.select("#override-note").text()).contains("iopc@iopc.demo", "The victim has moved to Kent");
	}

	@Test
	void anAdministratorMarksAForceConflictedAndTheRuleRunsAgain() throws Exception {
		CaseAllocation allocation = StaffCases.allocated(mvc, allocations, ReportApiTestData.VALID);
		String reference = allocation.reference();
		Document blank = shown(form("/conflicts", reference, "admin@crossforce.demo").param("conflictForce", "")
			.param("note", ""));
		assertThat(blank.select(".govuk-error-summary__list a").eachAttr("href"))
			.containsExactlyInAnyOrder("#conflictForce", "#note");
		Document unknown = shown(form("/conflicts", reference, "admin@crossforce.demo").param("conflictForce", "atlantis")
			.param("note", "Made up"));
		assertThat(unknown.select("#conflictForce-error").text()).contains("Choose a territorial force from the list");

		mvc.perform(form("/conflicts", reference, "admin@crossforce.demo")
			.param("conflictForce", allocation.investigatingForce())
			.param("note", "The accused's sister is its head of professional standards"))
			.andExpect(redirectedUrl("/cases/" + reference))
			.andExpect(flash().attributeExists("conflicted"));
		CaseAllocation now = allocations.of(reference).orElseThrow();
		assertThat(now.investigatingForce()).isNotEqualTo(allocation.investigatingForce());
		assertThat(now.conflictedForces()).contains(allocation.investigatingForce());
		assertThat(audit(reference, "case.conflict.marked")).singleElement()
			.satisfies(detail -> assertThat(detail).contains("force=" + allocation.investigatingForce()));
	}

	@Test
	void theIopcRecordsTheModeOnlyForAReferredCaseAndADirectedOneNamesTheForce() throws Exception {
		String notReferred = StaffCases.allocated(mvc, allocations, ReportApiTestData.VALID).reference();
		Document refused = shown(form("/mode", notReferred, "iopc@iopc.demo").param("mode", "LOCAL")
			.param("modeReason", "Local will do"));
		assertThat(refused.select("#mode-error").text()).contains("has not been referred to the IOPC");
		// No mode form is offered for a case that is not referred.
		assertThat(Html.of(mvc.perform(get("/cases/{r}", notReferred).with(user(load("iopc@iopc.demo")))).andReturn())
			.select("form[action$=/mode]")).isEmpty();

		String referred = StaffCases.allocated(mvc, allocations, StaffCases.REFERRED).reference();
		Document none = shown(form("/mode", referred, "iopc@iopc.demo").param("modeReason", ""));
		assertThat(none.select(".govuk-error-summary__list a").eachAttr("href")).containsExactlyInAnyOrder("#mode",
				"#modeReason");
		Document directedNowhere = shown(form("/mode", referred, "iopc@iopc.demo").param("mode", "DIRECTED")
			.param("directedForce", "")
			.param("modeReason", "Needs direction"));
		assertThat(directedNowhere.select("#directedForce-error").text())
			.contains("Choose the force the IOPC directs to investigate");
		assertThat(allocations.referral(referred).orElseThrow().mode()).isNull();

		mvc.perform(form("/mode", referred, "iopc@iopc.demo").param("mode", "DIRECTED")
			.param("directedForce", "lancashire")
			.param("modeReason", "Threats to kill: the IOPC directs the investigation"))
			.andExpect(redirectedUrl("/cases/" + referred))
			.andExpect(flash().attribute("modeRecorded", "DIRECTED"));
		IopcReferral referral = allocations.referral(referred).orElseThrow();
		assertThat(referral.mode()).isEqualTo(IopcReferral.Mode.DIRECTED);
		assertThat(referral.directedForce()).isEqualTo("lancashire");
		assertThat(audit(referred, "case.iopc.mode")).containsExactly("mode=DIRECTED, force=lancashire");
		Document page = Html.of(mvc.perform(get("/cases/{r}", referred).with(user(load("iopc@iopc.demo")))).andReturn());
		assertThat(page.select("#mode-decided").text()).contains("Directed investigation", "Lancashire Constabulary");
	}

	private MockHttpServletRequestBuilder form(String action, String reference, String username) {
		return post("/cases/" + reference + action).with(user(load(username))).with(csrf());
	}

	private Document shown(MockHttpServletRequestBuilder request) throws Exception {
		return Html.of(mvc.perform(request).andExpect(status().isOk()).andReturn());
	}

	private List<String> audit(String reference, String action) {
		return jdbc.sql("select detail from audit_entry where subject = :s and action = :a order by sequence")
			.param("s", "case " + reference)
			.param("a", action)
			.query(String.class)
			.list();
	}

	private org.springframework.security.core.userdetails.UserDetails load(String username) {
		return users.loadUserByUsername(username);
	}

}
