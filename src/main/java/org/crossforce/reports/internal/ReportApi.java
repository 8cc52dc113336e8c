package org.crossforce.reports.internal;

import java.net.URI;

import jakarta.validation.Valid;

import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.reports.NewReport;
import org.crossforce.reports.ReportIntake;
import org.crossforce.reports.ReportReceipt;
import org.crossforce.reports.Submitter;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reports from advocates' and forces' systems, made with the victim's consent. */
@RestController
@Tag(name = "Reports", description = "Reporting domestic abuse by a police employee")
class ReportApi {

	private final ReportIntake intake;

	ReportApi(ReportIntake intake) {
		this.intake = intake;
	}

	@PostMapping("/api/reports")
	@Operation(summary = "Submit a report on a victim's behalf; answers with the case reference and, once only, "
			+ "the passphrase the victim follows the case with")
	ResponseEntity<ReportReceipt> submit(@AuthenticationPrincipal SignedInUser user,
			@Valid @RequestBody NewReport report) {
		ReportReceipt receipt = intake.submit(report,
				new Submitter(Submitter.Channel.API, user.getUsername(), user.organisation().code()));
		return ResponseEntity.created(URI.create("/api/cases/" + receipt.reference())).body(receipt);
	}

	@Bean
	static HttpAccessRules reportApiRoutes() {
		return requests -> requests.requestMatchers(HttpMethod.POST, "/api/reports")
			.hasAnyRole(Role.ADVOCATE.name(), Role.PROFESSIONAL_STANDARDS.name(), Role.INVESTIGATOR.name());
	}

}
