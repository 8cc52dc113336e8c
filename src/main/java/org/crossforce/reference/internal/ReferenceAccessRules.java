package org.crossforce.reference.internal;

import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferenceAccessRules {

	/** Forces, neighbours, boundaries and workforce are published open data: anyone may read them. */
	@Bean
	HttpAccessRules referenceRoutes() {
		return requests -> requests.requestMatchers("/forces", "/forces/**", "/api/forces", "/api/forces/**")
			.permitAll();
	}

}
