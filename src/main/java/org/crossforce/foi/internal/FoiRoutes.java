package org.crossforce.foi.internal;

import org.crossforce.identity.Role;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reaches the FOI pages and API at all: advocates and analysts (each campaign is then checked by
 * {@link FoiAccess}), and administrators for the authorities' addresses.
 */
@Configuration(proxyBeanMethods = false)
class FoiRoutes {

	@Bean
	static HttpAccessRules foiHttpAccessRules() {
		return requests -> requests.requestMatchers("/admin/foi", "/admin/foi/**")
			.hasRole(Role.ADMINISTRATOR.name())
			.requestMatchers("/foi", "/foi/**", "/api/foi", "/api/foi/**")
			.hasAnyRole(Role.ADVOCATE.name(), Role.ANALYST.name());
	}

}
