package org.crossforce.identity.internal;

import java.util.Optional;

import org.crossforce.identity.SignInAttempted;
import org.crossforce.identity.SignInAttempted.Outcome;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password sign-in, shared by the sign-in page and the token endpoint: checks the throttle first,
 * then the Argon2id hash, and reports every attempt so it reaches the audit log.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final ApplicationEventPublisher events;

	ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
			ApplicationEventPublisher events) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = UserAccounts.normalise(authentication.getName());
		String channel = authentication.getDetails() instanceof String detail ? detail : "sign-in page";
		Optional<java.time.Instant> locked = throttle.lockedUntil(username);
		if (locked.isPresent()) {
			events.publishEvent(new SignInAttempted(username, Outcome.THROTTLED, channel));
			throw new SignInThrottledException(locked.get());
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.clear(username);
			events.publishEvent(new SignInAttempted(username, Outcome.SUCCEEDED, channel));
			return result;
		}
		catch (AuthenticationException failure) {
			throttle.recordFailure(username);
			events.publishEvent(new SignInAttempted(username, Outcome.FAILED, channel));
			// One message for every failure, so nobody learns whether the account exists or is disabled.
			throw new BadCredentialsException("Bad credentials", failure);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
