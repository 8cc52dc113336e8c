package org.crossforce.foi.internal;

import org.crossforce.identity.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The compliance table for other systems. */
@RestController
@Tag(name = "FOI compliance", description = "Each authority's record across the campaigns the user may read")
class ComplianceApi {

	private final ComplianceReport reports;

	ComplianceApi(ComplianceReport reports) {
		this.reports = reports;
	}

	@GetMapping("/api/foi/compliance")
	@Operation(summary = "The campaigns covered and, per authority: requests sent, answered, on time, median working "
			+ "days to the first answer, overdue now, refusals by exemption, internal reviews requested")
	ComplianceReport.Report compliance(@AuthenticationPrincipal SignedInUser user) {
		return reports.of(user);
	}

}
