package org.crossforce.supercomplaints.internal;

import org.crossforce.identity.Role;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reaches the super-complaint pages and API at all: advocates (each complaint is then checked against their
 * organisation and its designation by {@link ComplaintAccess}) and the three assessors; administrators for the
 * designated bodies.
 */
@Configuration(proxyBeanMethods = false)
class DraftingRoutes {

	@Bean
	static HttpAccessRules supercomplaintDraftingRoutes() {
		return requests -> requests.requestMatchers("/admin/designated-bodies", "/admin/designated-bodies/**")
			.hasRole(Role.ADMINISTRATOR.name())
			.requestMatchers("/supercomplaints", "/supercomplaints/**", "/api/supercomplaints",
					"/api/supercomplaints/**")
			.hasAnyRole(Role.ADVOCATE.name(), Role.INSPECTOR.name(), Role.COLLEGE.name(), Role.IOPC.name());
	}

}
