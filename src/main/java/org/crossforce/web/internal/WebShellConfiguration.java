package org.crossforce.web.internal;

import org.crossforce.web.HttpAccessRules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class WebShellConfiguration implements WebMvcConfigurer {

	private final String govukFrontendVersion;

	WebShellConfiguration(@Value("${crossforce.govuk-frontend.version}") String govukFrontendVersion) {
		this.govukFrontendVersion = govukFrontendVersion;
	}

	/**
	 * GOV.UK Frontend's stylesheet looks for its fonts and images under {@code /assets/}; its compiled CSS and
	 * JavaScript sit one folder up in the WebJar, so both folders serve {@code /assets/**}. The service's own CSS and
	 * JavaScript are served from {@code /css/**} and {@code /js/**}.
	 * <p>
	 * These are the only static paths: Spring Boot's default {@code /**} and {@code /webjars/**} mappings are off
	 * ({@code spring.web.resources.add-mappings=false}). Under {@code /**} every link a page writes was looked up on
	 * the classpath as a possible resource, and a miss is not cached: on the statistics page, with a link for each
	 * force, that lookup took about a third of the time to render it.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String dist = "classpath:/META-INF/resources/webjars/govuk-frontend/" + govukFrontendVersion + "/dist/govuk/";
		registry.addResourceHandler("/assets/**")
			.addResourceLocations(dist + "assets/", dist)
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)));
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
	}

	@Bean
	HttpAccessRules webShellAccessRules() {
		return requests -> requests
			.requestMatchers("/", "/error", "/assets/**", "/css/**", "/js/**", "/favicon.ico", "/accessibility")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll();
	}

}
