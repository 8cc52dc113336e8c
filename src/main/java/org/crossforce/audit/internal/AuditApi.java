package org.crossforce.audit.internal;

import org.crossforce.audit.AuditChain;
import org.crossforce.audit.AuditLog;
import org.crossforce.audit.AuditVerification;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Audit", description = "The tamper-evident audit log")
class AuditApi {

	private final AuditChain chain;

	private final AuditLog log;

	AuditApi(AuditChain chain, AuditLog log) {
		this.chain = chain;
		this.log = log;
	}

	@GetMapping("/api/audit/verify")
	@Operation(summary = "Recompute the audit chain and report the first broken entry (administrators only)")
	AuditVerification verify(@AuthenticationPrincipal SignedInUser administrator) {
		AuditVerification result = chain.verify();
		log.record(administrator.getUsername(), "audit.verified", "audit log",
				"valid=" + result.valid() + ", entries=" + result.entries());
		return result;
	}

	@Bean
	static HttpAccessRules auditRoutes() {
		return requests -> requests.requestMatchers("/api/audit/**").hasRole(Role.ADMINISTRATOR.name());
	}

}
