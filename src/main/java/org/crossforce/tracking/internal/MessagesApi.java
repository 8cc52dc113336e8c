package org.crossforce.tracking.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.crossforce.identity.SignedInUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Secure messages", description = "Messages between the victim, their advocate and the investigating force")
class MessagesApi {

	private final Conversations conversations;

	MessagesApi(Conversations conversations) {
		this.conversations = conversations;
	}

	/**
	 * @param party who wrote it: VICTIM, ADVOCATE or INVESTIGATING_FORCE
	 * @param author the member of staff who wrote it, or null for the victim
	 */
	record MessageView(long id, String party, String author, String body, Instant sentAt) {

		static MessageView of(SecureMessages.Message message) {
			return new MessageView(message.id(), message.party().name(), message.author(), message.body(),
					message.sentAt());
		}

	}

	record NewMessage(String body) {
	}

	@GetMapping("/api/cases/{reference}/messages")
	@Operation(summary = "A case's secure messages, oldest first, if the access policy lets the caller read them "
			+ "(the investigating force with the victim's consent, the referring advocate, the IOPC on a referred case); "
			+ "every read audited")
	List<MessageView> thread(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference) {
		return conversations.forStaff(user, checked(reference), "API").stream().map(MessageView::of).toList();
	}

	@PostMapping("/api/cases/{reference}/messages")
	@Operation(summary = "Writes to the victim as the investigating force or the referring advocate; the victim is "
			+ "prompted to sign in to their view. 400 naming body when it is empty or over 5000 characters")
	ResponseEntity<MessageView> send(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference,
			@RequestBody NewMessage message) {
		String checked = checked(reference);
		MessageView sent = MessageView
			.of(conversations.fromStaff(user, checked, message == null ? null : message.body(), "API message sent"));
		return ResponseEntity.created(URI.create("/api/cases/" + checked + "/messages")).body(sent);
	}

	/** References that cannot exist are not looked up, and answer as an unknown case does. */
	static String checked(String reference) {
		if (!Receipts.isReference(reference)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return reference;
	}

}
