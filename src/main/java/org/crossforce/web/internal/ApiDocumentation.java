package org.crossforce.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Locale;

/** The title, description and bearer-token scheme shown at /swagger-ui.html and /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI crossforceApi(MessageSource messages) {
		return new OpenAPI()
			.info(new Info().title(messages.getMessage("api.title", null, Locale.UK))
				.description(messages.getMessage("api.description", null, Locale.UK))
				.version("v1")
				.license(new License().name("Open Government Licence v3.0")
					.url("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
