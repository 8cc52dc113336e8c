package org.crossforce.reports;

/** A valid report for the API, made by an advocate, that tests in several modules start from. */
public final class ReportApiTestData {

	/** A Greater Manchester sergeant who served in Cheshire before; the victim gave their name. */
	public static final String VALID = """
			{"accused": {"givenNames": "Alex", "familyName": "Example", "force": "greater-manchester",
			             "role": "OFFICER", "rank": "Sergeant", "identifier": "GM 1234", "previousForces": ["cheshire"]},
			 "victim": {"givenNames": "Sam", "familyName": "Sample", "servesWithForce": null,
			            "contact": {"preferred": "EMAIL", "email": "sam@example.org", "leaveMessages": false}},
			 "relationship": "INTIMATE_PARTNERS",
			 "abuseKinds": ["CONTROLLING_OR_COERCIVE", "PSYCHOLOGICAL_OR_EMOTIONAL"],
			 "incidentForce": "greater-manchester",
			 "occurredFrom": "2025-01-10", "occurredTo": "2025-06-30",
			 "narrative": "He checked my phone every night and said nobody would believe me over a police officer.",
			 "referralIndicators": {"policeSystemsAccess": true, "toldWillNotBeBelieved": true},
			 "consent": {"shareWithInvestigatingForce": true, "anonymisedUse": true,
			             "givenHow": "IN_PERSON", "givenOn": "2025-07-01"}}
			""";

	private ReportApiTestData() {
	}

}
