package org.crossforce.identity;

/**
 * Someone tried to sign in, through the sign-in page or the token endpoint. {@code outcome} is one of
 * {@code SUCCEEDED}, {@code FAILED} or {@code THROTTLED}; the username is as typed, and may not exist.
 */
public record SignInAttempted(String username, Outcome outcome, String channel) {

	public enum Outcome {
		SUCCEEDED, FAILED, THROTTLED
	}

}
