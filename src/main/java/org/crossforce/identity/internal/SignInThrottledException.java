package org.crossforce.identity.internal;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Refused because the username has failed too often recently; the password was not checked. */
class SignInThrottledException extends AuthenticationException {

	private final transient Instant retryAfter;

	SignInThrottledException(Instant retryAfter) {
		super("Too many failed sign-in attempts");
		this.retryAfter = retryAfter;
	}

	Instant retryAfter() {
		return retryAfter;
	}

}
