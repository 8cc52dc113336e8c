package org.crossforce.web.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A fresh nonce on every response, so the one inline script GOV.UK Frontend needs (marking the body as
 * JavaScript-enabled) may run and nothing else inline can. Pages read the nonce as {@code cspNonce}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

	static final String NONCE_ATTRIBUTE = "cspNonce";

	private final SecureRandom random = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		String nonce = Base64.getEncoder().encodeToString(bytes);
		request.setAttribute(NONCE_ATTRIBUTE, nonce);
		response.setHeader("Content-Security-Policy", policy(request, nonce));
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
		chain.doFilter(request, response);
	}

	private static String policy(HttpServletRequest request, String nonce) {
		// Swagger UI, a developer tool, styles its page with inline style attributes.
		String styles = request.getRequestURI().startsWith("/swagger-ui") ? "'self' 'unsafe-inline'" : "'self'";
		return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src " + styles
				+ "; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
				+ "frame-ancestors 'none'; form-action 'self'";
	}

}
