package org.crossforce.cases.internal;

import java.time.Instant;

import org.crossforce.cases.ConflictDeclaration;
import org.crossforce.cases.ConflictDeclarations;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.HttpAccessRules;
import org.crossforce.web.InvalidInput;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Cases")
class DeclarationApi {

	private final ConflictDeclarations declarations;

	DeclarationApi(ConflictDeclarations declarations) {
		this.declarations = declarations;
	}

	/**
	 * @param connection whether the caller has any connection with the accused or the victim
	 * @param note what the connection is (required with one, up to 1,000 characters); ignored without one
	 */
	record DeclarationRequest(Boolean connection, String note) {
	}

	record DeclarationResponse(String reference, String username, String organisation, boolean connection,
			String note, Instant declaredAt) {

		static DeclarationResponse of(ConflictDeclaration declaration) {
			return new DeclarationResponse(declaration.reference(), declaration.username(), declaration.organisation(),
					declaration.connection(), declaration.note(), declaration.declaredAt());
		}

	}

	@PostMapping("/api/cases/{reference}/declarations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Declare, for this case, whether you have any connection with the accused or the victim "
			+ "(the investigating force's caseworkers, once each). Declaring none opens the victim's details, where "
			+ "they consented; declaring a connection removes you from the case. 409 when you have declared already.")
	DeclarationResponse declare(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@RequestBody DeclarationRequest request) {
		String checked = CaseApi.checked(reference);
		if (request.connection() == null) {
			throw new InvalidInput("connection", "cases.declaration.connection.required");
		}
		return DeclarationResponse
			.of(declarations.declare(user, checked, request.connection(), request.note()));
	}

	@Bean
	static HttpAccessRules declarationApiRoutes() {
		// Any signed-in user may ask; the access policy decides, and audits refusals.
		return requests -> requests.requestMatchers("/api/cases/*/declarations").authenticated();
	}

}
