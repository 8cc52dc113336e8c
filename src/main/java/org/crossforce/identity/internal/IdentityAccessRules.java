package org.crossforce.identity.internal;

import org.crossforce.identity.Role;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class IdentityAccessRules {

	@Bean
	HttpAccessRules identityRoutes() {
		return requests -> requests.requestMatchers(HttpMethod.POST, "/api/tokens")
			.permitAll()
			.requestMatchers("/api/tokens", "/api/tokens/*")
			.authenticated()
			.requestMatchers("/sign-in")
			.permitAll()
			.requestMatchers("/account", "/account/**")
			.authenticated()
			.requestMatchers("/admin/users", "/admin/users/**")
			.hasRole(Role.ADMINISTRATOR.name());
	}

}
