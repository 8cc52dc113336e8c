package org.crossforce.identity.internal;

import java.util.List;

import org.crossforce.web.HttpAccessRules;
import org.crossforce.web.ProblemResponses;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless and reads bearer tokens; pages use a session, the
 * sign-in form and CSRF tokens. Both apply every module's {@link HttpAccessRules} and deny whatever is left.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2id with Spring Security's current recommended parameters (salt 16 B, hash 32 B, 16 MiB, 2 passes).
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
			SignInThrottle throttle, ApplicationEventPublisher events) {
		return new ProviderManager(new ThrottledAuthenticationProvider(users, encoder, throttle, events));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, List<HttpAccessRules> rules, ApiTokens tokens,
			ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> {
				rules.forEach(rule -> rule.apply(requests));
				requests.anyRequest().denyAll();
			})
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Bearer tokens are never sent automatically by a browser, so there is nothing for CSRF to forge.
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, failure) -> problems.write(request, response,
						HttpStatus.UNAUTHORIZED, problems.message("error.api.401")))
				.accessDeniedHandler((request, response, denied) -> problems.write(request, response,
						HttpStatus.FORBIDDEN, problems.message("error.api.403"))));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, List<HttpAccessRules> rules, AuthenticationManager signIn)
			throws Exception {
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/sign-in?error");
		http.authenticationManager(signIn).authorizeHttpRequests(requests -> {
			rules.forEach(rule -> rule.apply(requests));
			requests.anyRequest().denyAll();
		})
			.formLogin(form -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.usernameParameter("username")
				.passwordParameter("password")
				.failureHandler((request, response, exception) -> {
					if (exception instanceof SignInThrottledException) {
						response.sendRedirect(request.getContextPath() + "/sign-in?locked");
					}
					else {
						failure.onAuthenticationFailure(request, response, exception);
					}
				})
				.defaultSuccessUrl("/account", false)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
			.headers(headers -> headers.frameOptions(frame -> frame.deny()));
		return http.build();
	}

}
