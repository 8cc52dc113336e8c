package org.crossforce.calendar;

import org.crossforce.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/calendar/due}: public, with problem details naming the parameter for every bad request. */
@IntegrationTest
class CalendarApiTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"workingDays=20                         | from        | required",
			"from=                                  | from        | required",
			"from=2024-03-14                        | workingDays | required",
			"from=14/03/2024&workingDays=20         | from        | YYYY-MM-DD",
			"from=2024-02-30&workingDays=20         | from        | YYYY-MM-DD",
			"from=yesterday&workingDays=20          | from        | YYYY-MM-DD",
			"from=1989-12-31&workingDays=20         | from        | 1990 to 2100",
			"from=2024-03-14&workingDays=twenty     | workingDays | whole number from 1 to 1000",
			"from=2024-03-14&workingDays=2.5        | workingDays | whole number from 1 to 1000",
			"from=2024-03-14&workingDays=0          | workingDays | whole number from 1 to 1000",
			"from=2024-03-14&workingDays=-3         | workingDays | whole number from 1 to 1000",
			"from=2024-03-14&workingDays=1001       | workingDays | whole number from 1 to 1000",
			"from=2100-12-20&workingDays=20         | workingDays | past the end of 2100",
			"from=2024-03-14&workingDays=20&rule=SC | rule        | must be one of FOI, EW",
			"from=2024-03-14&workingDays=20&rule=foi| rule        | must be one of FOI, EW" })
	void badParametersAreProblemDetailsNamingTheParameter(String query, String field, String message)
			throws Exception {
		mvc.perform(get("/api/calendar/due?" + query))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail", containsString(field)))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message", containsString(message)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
	}

	@Test
	void foiCountsEveryUkBankHolidayWithoutSigningIn() throws Exception {
		// Thursday 14 March 2024; FOI skips St Patrick's Day (Mon 18 March, Northern Ireland), Good Friday and Easter
		// Monday: day 20 is Tuesday 16 April (worked through in WorkingDayCalendarTest).
		due("from=2024-03-14&workingDays=20&rule=FOI").andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.due").value("2024-04-16"))
			.andExpect(jsonPath("$.from").value("2024-03-14"))
			.andExpect(jsonPath("$.workingDays").value(20))
			.andExpect(jsonPath("$.rule").value("FOI"))
			.andExpect(jsonPath("$.skipped", hasSize(3)))
			.andExpect(jsonPath("$.skipped[0].date").value("2024-03-18"))
			.andExpect(jsonPath("$.skipped[0].name").value("St Patrick's Day"))
			.andExpect(jsonPath("$.skipped[0].regions").value("Northern Ireland"))
			.andExpect(jsonPath("$.skipped[1].date").value("2024-03-29"))
			.andExpect(jsonPath("$.skipped[1].regions").value("all of the UK"))
			.andExpect(jsonPath("$.skipped[2].name").value("Easter Monday"))
			.andExpect(jsonPath("$.skipped[2].regions").value("England, Wales and Northern Ireland"))
			.andExpect(jsonPath("$.explanation").value("20 working days after 14 March 2024, not counting 18 March "
					+ "(St Patrick's Day, Northern Ireland), 29 March (Good Friday), 1 April (Easter Monday, England, "
					+ "Wales and Northern Ireland)"));
	}

	@Test
	void ewCountsOnlyEnglandAndWalesBankHolidays() throws Exception {
		// The same period under EW: Monday 18 March counts, so day 20 is Monday 15 April.
		due("from=2024-03-14&workingDays=20&rule=EW").andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2024-04-15"))
			.andExpect(jsonPath("$.rule").value("EW"))
			.andExpect(jsonPath("$.skipped", hasSize(2)))
			.andExpect(jsonPath("$.explanation").value(
					"20 working days after 14 March 2024, not counting 29 March (Good Friday), 1 April (Easter Monday)"));
		// Scotland's St Andrew's Day, Monday 2 December 2024 (moved from Saturday 30 November), counts under EW only:
		// from Friday 29 November, day 1 is Monday 2 December under EW and Tuesday 3 December under FOI.
		due("from=2024-11-29&workingDays=1&rule=EW").andExpect(jsonPath("$.due").value("2024-12-02"))
			.andExpect(jsonPath("$.skipped", hasSize(0)));
		due("from=2024-11-29&workingDays=1&rule=FOI").andExpect(jsonPath("$.due").value("2024-12-03"))
			.andExpect(jsonPath("$.skipped[0].name").value("St Andrew's Day"))
			.andExpect(jsonPath("$.skipped[0].regions").value("Scotland"));
	}

	@Test
	void ruleDefaultsToFoi() throws Exception {
		due("from=2024-03-14&workingDays=20").andExpect(status().isOk())
			.andExpect(jsonPath("$.rule").value("FOI"))
			.andExpect(jsonPath("$.due").value("2024-04-16"));
	}

	@Test
	void isDocumentedAndAnswersOnlyGet() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/calendar/due'].get.summary").exists())
			.andExpect(jsonPath("$.paths['/api/calendar/due'].get.tags[0]").value("Calendar"));
		// Public, but read-only. (MockMvc stops at the status; in a server the error page writes the problem details.)
		mvc.perform(post("/api/calendar/due?from=2024-03-14&workingDays=20")).andExpect(status().isMethodNotAllowed());
	}

	private ResultActions due(String query) throws Exception {
		return mvc.perform(get("/api/calendar/due?" + query).accept(MediaType.APPLICATION_JSON));
	}

}
