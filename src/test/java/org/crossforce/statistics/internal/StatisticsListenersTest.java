package org.crossforce.statistics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossforce.allocation.Allocations;
import org.crossforce.allocation.CaseAllocated;
import org.crossforce.allocation.CaseAllocation;
import org.crossforce.investigations.DutyKind;
import org.crossforce.investigations.InvestigationStepRecorded;
import org.crossforce.investigations.Step;
import org.crossforce.investigations.VictimsCodeDutyClosed;
import org.crossforce.investigations.VictimsCodeDutyStarted;
import org.crossforce.reports.AccusedRole;
import org.crossforce.reports.ReportApiTestData;
import org.crossforce.reports.ReportSubmitted;
import org.crossforce.testing.DemoTokens;
import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A case reported, allocated and investigated through the service's own API fills its fact row from the events,
 * and the same events delivered again change nothing.
 */
@IntegrationTest
class StatisticsListenersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OnReportSubmitted onReportSubmitted;

	@Autowired
	OnCaseAllocated onCaseAllocated;

	@Autowired
	OnInvestigationStepRecorded onStep;

	@Autowired
	OnVictimsCodeDutyStarted onDutyStarted;

	@Autowired
	OnVictimsCodeDutyClosed onDutyClosed;

	@Test
	void aCaseFillsItsRowFromItsEventsAndRedeliveryCountsNothingTwice() throws Exception {
		String reference = aReportIsSubmitted();
		CaseAllocation allocation = await().atMost(Duration.ofSeconds(20))
			.until(() -> allocations.of(reference), java.util.Optional::isPresent)
			.orElseThrow();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> row(reference).map(r -> r.get("investigating_force") != null && r.get("reported_on") != null)
				.orElse(false));

		Map<String, Object> allocated = row(reference).orElseThrow();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		assertThat(allocated).containsEntry("synthetic", false)
			.containsEntry("financial_year", CaseFacts.financialYear(today))
			.containsEntry("employing_force", "greater-manchester")
			.containsEntry("investigating_force", allocation.investigatingForce())
			.containsEntry("accused_role", "OFFICER")
			.containsEntry("crime_recorded", null)
			.containsEntry("first_decision_on", null)
			.containsEntry("duties_due", 0);
		assertThat(allocation.investigatingForce()).isNotEqualTo("greater-manchester");

		String psd = "psd@" + allocation.investigatingForce() + ".demo";
		String on = today.toString();
		record(psd, reference, "{\"step\":\"CRIME_RECORDED\",\"occurredOn\":\"" + on
				+ "\",\"offenceGroup\":\"Violence against the person\"}");
		String arrested = record(psd, reference, step("SUSPECT_ARRESTED", on, null)).andReturn()
			.getResponse()
			.getContentAsString();
		int firstDuty = JsonPath.read(arrested, "$.duties[0].id");
		record(psd, reference, step("REFERRED_TO_CPS", on, null));
		record(psd, reference, step("CHARGED", on, null));
		record(psd, reference, step("CONVICTED", on, null));
		record(psd, reference, step("ASSESSED_AS_GROSS_MISCONDUCT", on, "Abuse of position"));
		record(psd, reference, step("MISCONDUCT_INVESTIGATION_STARTED", on, null));
		record(psd, reference, step("CASE_TO_ANSWER", on, "The evidence supports the allegation"));
		record(psd, reference, step("GROSS_MISCONDUCT_HEARING_HELD", on, null));
		record(psd, reference, step("OUTCOME_DISMISSAL_WITHOUT_NOTICE", on, "Gross misconduct proven"));
		record(psd, reference, step("REFERRED_TO_BARRED_LIST", on, null));
		mvc.perform(post("/api/cases/{r}/duties/{d}/victim-told", reference, firstDuty).header("Authorization",
				DemoTokens.bearer(mvc, psd)))
			.andExpect(status().isOk());

		await().atMost(Duration.ofSeconds(20))
			.until(() -> row(reference).map(r -> Boolean.TRUE.equals(r.get("barred_list"))
					&& Integer.valueOf(1).equals(r.get("duties_met_on_time")) && Integer.valueOf(3).equals(r.get("duties_due")))
				.orElse(false));
		Map<String, Object> investigated = row(reference).orElseThrow();
		assertThat(investigated).containsEntry("crime_recorded", true)
			.containsEntry("charged", true)
			.containsEntry("no_further_action", false)
			.containsEntry("misconduct_proven", true)
			.containsEntry("dismissed", true)
			.containsEntry("barred_list", true)
			.containsEntry("convicted", true)
			.containsEntry("first_decision_on", today)
			.containsEntry("first_decision_working_days", 0)
			.containsEntry("duties_due", 3)
			.containsEntry("duties_met_on_time", 1);

		onReportSubmitted.on(new ReportSubmitted(reference, "greater-manchester", List.of("cheshire"),
				"greater-manchester", null, AccusedRole.OFFICER, "Sergeant", Set.of(), null, Instant.now()));
		onCaseAllocated.on(new CaseAllocated(reference, allocation.investigatingForce(), "greater-manchester", false,
				(Boolean) allocated.get("referred_to_iopc")));
		onStep.on(new InvestigationStepRecorded(reference, Step.CHARGED, today, Instant.now()));
		onStep.on(new InvestigationStepRecorded(reference, Step.SUSPECT_ARRESTED, today, Instant.now()));
		// An acquittal arriving late (it cannot follow a conviction) leaves the conviction counted.
		onStep.on(new InvestigationStepRecorded(reference, Step.ACQUITTED, today, Instant.now()));
		onDutyStarted.on(new VictimsCodeDutyStarted(reference, firstDuty, DutyKind.TELL_VICTIM, today.plusDays(1)));
		onDutyClosed.on(new VictimsCodeDutyClosed(reference, firstDuty, DutyKind.TELL_VICTIM, today.plusDays(1),
				today));
		// The listeners run asynchronously: the row must stay as it was while they all finish.
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> row(reference).orElseThrow().equals(investigated));
	}

	@Test
	void anAcquittalRecordsThatTheCaseEndedAtCourtWithoutAConviction() throws Exception {
		String reference = aReportIsSubmitted();
		CaseAllocation allocation = await().atMost(Duration.ofSeconds(20))
			.until(() -> allocations.of(reference), java.util.Optional::isPresent)
			.orElseThrow();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> row(reference).map(r -> r.get("investigating_force") != null && r.get("reported_on") != null)
				.orElse(false));
		String psd = "psd@" + allocation.investigatingForce() + ".demo";
		String on = LocalDate.now(ZoneId.of("Europe/London")).toString();
		record(psd, reference, step("REFERRED_TO_CPS", on, null));
		record(psd, reference, step("CHARGED", on, null));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> row(reference).map(r -> Boolean.TRUE.equals(r.get("charged"))).orElse(false));
		assertThat(row(reference).orElseThrow()).as("no court outcome yet").containsEntry("convicted", null);

		record(psd, reference, step("ACQUITTED", on, "Found not guilty by the jury"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> row(reference).map(r -> Boolean.FALSE.equals(r.get("convicted"))).orElse(false));
		Map<String, Object> acquitted = row(reference).orElseThrow();
		assertThat(acquitted).containsEntry("charged", true)
			.containsEntry("convicted", false)
			.containsEntry("no_further_action", false);

		onStep.on(new InvestigationStepRecorded(reference, Step.ACQUITTED, LocalDate.parse(on), Instant.now()));
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> row(reference).orElseThrow().equals(acquitted));
	}

	@Test
	void aCaseReportedBeforeStatisticsWereKeptGetsItsRowFromItsReportWhenAStepArrives() throws Exception {
		String reference = aReportIsSubmitted();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> row(reference).map(r -> r.get("investigating_force") != null && r.get("reported_on") != null)
				.orElse(false));
		// As if the case had been reported before this table existed.
		jdbc.sql("delete from statistics_case where reference = :r").param("r", reference).update();

		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		// The listener runs asynchronously, as it does from the outbox.
		onStep.on(new InvestigationStepRecorded(reference, Step.CHARGED, today, Instant.now()));

		await().atMost(Duration.ofSeconds(20)).until(() -> row(reference).isPresent());
		assertThat(row(reference).orElseThrow()).containsEntry("employing_force", "greater-manchester")
			.containsEntry("accused_role", "OFFICER")
			.containsEntry("reported_on", today)
			.containsEntry("financial_year", CaseFacts.financialYear(today))
			.containsEntry("charged", true)
			.containsEntry("first_decision_on", today);
	}

	private String aReportIsSubmitted() throws Exception {
		String body = mvc
			.perform(post("/api/reports").header("Authorization", DemoTokens.bearer(mvc, "advocate@support.demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ReportApiTestData.VALID))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.reference");
	}

	private java.util.Optional<Map<String, Object>> row(String reference) {
		return jdbc.sql("""
				select synthetic, financial_year, reported_on, employing_force, investigating_force, accused_role,
				  referred_to_iopc, crime_recorded, charged, convicted, no_further_action, misconduct_proven, dismissed,
				  barred_list, first_decision_on, first_decision_working_days, duties_due, duties_met_on_time
				from statistics_case where reference = :r
				""")
			.param("r", reference)
			.query((rs, n) -> {
				Map<String, Object> values = new java.util.LinkedHashMap<>();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					String column = rs.getMetaData().getColumnLabel(i).toLowerCase();
					Object value = rs.getObject(i);
					values.put(column, value instanceof java.sql.Date date ? date.toLocalDate()
							: value instanceof Number number ? (Object) number.intValue() : value);
				}
				return values;
			})
			.optional();
	}

	private static String step(String step, String on, String reason) {
		return "{\"step\":\"" + step + "\",\"occurredOn\":\"" + on + "\""
				+ (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
	}

	private ResultActions record(String user, String reference, String json) throws Exception {
		return mvc
			.perform(post("/api/cases/{r}/events", reference).header("Authorization", DemoTokens.bearer(mvc, user))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated());
	}

}
