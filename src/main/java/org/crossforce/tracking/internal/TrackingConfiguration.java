package org.crossforce.tracking.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.crossforce.web.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may reach the victim's view, and how its pages are kept private. It needs no account, so Spring Security lets
 * everyone reach {@code /track} (CSRF still applies); the victim proves the case is theirs with the reference and
 * passphrase, and every other page needs the {@link VictimSession} that gives, or goes back to {@code /track}.
 * Nothing of the view may be kept by a browser or a proxy ({@code Cache-Control: no-store}) or sent on as a referrer.
 * The staff side of secure messages is reached through the case pages' rules and the API's.
 */
@Configuration(proxyBeanMethods = false)
class TrackingConfiguration implements WebMvcConfigurer {

	static final String SIGN_IN = "/track";

	static final String EXIT = "/track/exit";

	@Bean
	static HttpAccessRules trackingRoutes() {
		return requests -> requests.requestMatchers(SIGN_IN, "/track/**")
			.permitAll()
			.requestMatchers("/api/cases/*/messages")
			.authenticated();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws Exception {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				response.setHeader("Referrer-Policy", "no-referrer");
				String path = request.getRequestURI().substring(request.getContextPath().length());
				if (path.equals(SIGN_IN) || path.equals(EXIT) || path.equals(TrackingSignIn.SIGN_OUT)) {
					return true;
				}
				if (VictimSession.of(request) == null) {
					response.sendRedirect(request.getContextPath() + SIGN_IN);
					return false;
				}
				return true;
			}

		}).addPathPatterns(SIGN_IN, "/track/**");
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == VictimSession.class;
			}

			@Override
			public VictimSession resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
					NativeWebRequest request, WebDataBinderFactory binders) {
				VictimSession session = VictimSession.of(request.getNativeRequest(HttpServletRequest.class));
				if (session == null) {
					throw new IllegalStateException("the victim's view was reached without its session");
				}
				return session;
			}

		});
	}

}
