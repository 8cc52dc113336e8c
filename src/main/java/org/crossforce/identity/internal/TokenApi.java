package org.crossforce.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.crossforce.identity.SignedInUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/tokens")
@Tag(name = "Tokens", description = "Bearer tokens for API clients")
class TokenApi {

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	private final MessageSource messages;

	TokenApi(AuthenticationManager authentication, ApiTokens tokens, MessageSource messages) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.messages = messages;
	}

	record Credentials(@NotBlank @Size(max = 254) String username, @NotBlank @Size(max = 200) String password) {
	}

	record Token(String token, Instant expiresAt) {
	}

	record TokenView(long id, String label, Instant createdAt, Instant expiresAt, boolean revoked, boolean active) {
	}

	@PostMapping
	@Operation(summary = "Exchange a username and password for a bearer token (valid 8 hours by default)")
	ResponseEntity<?> issue(@Valid @RequestBody Credentials credentials) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
			.unauthenticated(credentials.username(), credentials.password());
		attempt.setDetails("API");
		try {
			SignedInUser user = (SignedInUser) authentication.authenticate(attempt).getPrincipal();
			ApiTokens.IssuedToken issued = tokens.issue(user, text("identity.token.apiLabel"));
			return ResponseEntity.ok(new Token(issued.token(), issued.expiresAt()));
		}
		catch (SignInThrottledException throttled) {
			long seconds = Math.max(1, Duration.between(tokens.now(), throttled.retryAfter()).toSeconds());
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
						text("identity.signIn.locked")));
		}
		catch (AuthenticationException failed) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, text("identity.signIn.failed")));
		}
	}

	@GetMapping
	@Operation(summary = "The caller's own tokens, newest first (never the token values)")
	List<TokenView> mine(@AuthenticationPrincipal SignedInUser user) {
		return tokens.tokensOf(user)
			.stream()
			.map(t -> new TokenView(t.id(), t.label(), t.createdAt(), t.expiresAt(), t.revokedAt() != null,
					t.active()))
			.toList();
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke one of the caller's own tokens")
	ResponseEntity<?> revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		if (tokens.revoke(user, id)) {
			return ResponseEntity.noContent().build();
		}
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("identity.token.notFound")));
	}

	private String text(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
