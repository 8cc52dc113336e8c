package org.crossforce.cases.internal;

import org.crossforce.identity.Role;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach the case pages. Deny by default; the access policy still decides every read of a case. */
@Configuration(proxyBeanMethods = false)
class CasePageAccessRules {

	@Bean
	static HttpAccessRules casePageRoutes() {
		return requests -> requests.requestMatchers("/cases/notices")
			.hasRole(Role.PROFESSIONAL_STANDARDS.name())
			// A force's professional standards department for its own cases; the IOPC across every force.
			.requestMatchers("/cases/undeclared")
			.hasAnyRole(Role.PROFESSIONAL_STANDARDS.name(), Role.IOPC.name())
			.requestMatchers("/cases")
			.hasAnyRole(Role.PROFESSIONAL_STANDARDS.name(), Role.INVESTIGATOR.name(), Role.ADVOCATE.name(),
					Role.IOPC.name(), Role.ADMINISTRATOR.name())
			// Any signed-in user may ask; the access policy decides each case, and unrelated users find nothing.
			.requestMatchers("/cases/**")
			.authenticated();
	}

}
