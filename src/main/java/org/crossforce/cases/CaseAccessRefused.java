package org.crossforce.cases;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A read the access policy refused. Unrelated users get "not found", so that trying references reveals nothing;
 * users whose force is conflicted, or whose role does not reach the part asked for, get "forbidden".
 */
public class CaseAccessRefused extends ResponseStatusException {

	private final transient AccessDecision decision;

	public CaseAccessRefused(AccessDecision decision, String message) {
		super(decision.relation() == CaseRelation.UNRELATED ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN, message);
		this.decision = decision;
	}

	public AccessDecision decision() {
		return decision;
	}

}
