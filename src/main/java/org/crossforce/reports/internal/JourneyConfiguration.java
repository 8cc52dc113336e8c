package org.crossforce.reports.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.crossforce.identity.Role;
import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may use the reporting journeys, and how their controllers get the {@link Journey} a request belongs to. The
 * victim's journey needs no account; the advocate's needs the advocate role.
 */
@Configuration(proxyBeanMethods = false)
class JourneyConfiguration implements WebMvcConfigurer {

	@Bean
	static HttpAccessRules reportJourneyRoutes() {
		return requests -> requests.requestMatchers("/report", "/report/**")
			.permitAll()
			.requestMatchers("/advocate/report", "/advocate/report/**")
			.hasRole(Role.ADVOCATE.name());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == Journey.class;
			}

			@Override
			public Journey resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
					NativeWebRequest request, WebDataBinderFactory binders) {
				return Journey.of(request.getNativeRequest(HttpServletRequest.class));
			}

		});
	}

}
