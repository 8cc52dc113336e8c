package org.crossforce.cases;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A second declaration by the same person for the same case: the first stands, and a declared connection is final. */
public class AlreadyDeclared extends ResponseStatusException {

	public AlreadyDeclared(String message) {
		super(HttpStatus.CONFLICT, message);
	}

}
