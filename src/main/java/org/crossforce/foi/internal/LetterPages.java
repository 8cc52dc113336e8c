package org.crossforce.foi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crossforce.foi.internal.FoiRecords.Authority;
import org.crossforce.foi.internal.FoiRecords.Campaign;
import org.crossforce.foi.internal.FoiRecords.Delivery;
import org.crossforce.foi.internal.FoiRecords.Direction;
import org.crossforce.foi.internal.FoiRecords.FoiRequest;
import org.crossforce.foi.internal.FoiRecords.Message;
import org.crossforce.foi.internal.FoiRecords.MessageKind;
import org.crossforce.identity.SignedInUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The letters to print: every request of a campaign that went by post, one request's original letter, or any message
 * we sent on a request (a chaser, a request for review) so that follow-ups can be posted too.
 */
@Controller
class LetterPages {

	private final FoiRecords records;

	private final FoiAccess access;

	private final FoiLetters letters;

	LetterPages(FoiRecords records, FoiAccess access, FoiLetters letters) {
		this.records = records;
		this.access = access;
		this.letters = letters;
	}

	@GetMapping("/foi/campaigns/{id}/letters.pdf")
	ResponseEntity<byte[]> campaignLetters(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		Campaign campaign = access.readableCampaign(user, id);
		List<FoiLetters.Letter> all = new ArrayList<>();
		for (FoiRequest request : records.requestsOf(campaign.id())) {
			if (request.delivery() == Delivery.LETTER) {
				requestLetter(user, request).ifPresent(all::add);
			}
		}
		if (all.isEmpty()) {
			throw notFound();
		}
		return pdf(letters.pdf(all), "foi-campaign-" + id + "-letters.pdf");
	}

	@GetMapping("/foi/requests/{id}/letter.pdf")
	ResponseEntity<byte[]> requestLetter(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		FoiRequest request = access.readableRequest(user, id);
		FoiLetters.Letter letter = requestLetter(user, request).orElseThrow(LetterPages::notFound);
		return pdf(letters.pdf(List.of(letter)), "foi-request-" + id + "-letter.pdf");
	}

	@GetMapping("/foi/requests/{requestId}/messages/{messageId}/letter.pdf")
	ResponseEntity<byte[]> messageLetter(@AuthenticationPrincipal SignedInUser user, @PathVariable long requestId,
			@PathVariable long messageId) {
		FoiRequest request = access.readableRequest(user, requestId);
		Message message = records.message(messageId)
			.filter(m -> m.requestId() == requestId && m.direction() == Direction.OUT)
			.orElseThrow(LetterPages::notFound);
		return pdf(letters.pdf(List.of(letter(user, request, message))),
				"foi-request-" + requestId + "-message-" + messageId + ".pdf");
	}

	/** The request as first sent, once it has been. */
	private Optional<FoiLetters.Letter> requestLetter(SignedInUser user, FoiRequest request) {
		return records.thread(request.id())
			.stream()
			.filter(m -> m.direction() == Direction.OUT && m.kind() == MessageKind.REQUEST)
			.findFirst()
			.map(message -> letter(user, request, message));
	}

	private FoiLetters.Letter letter(SignedInUser user, FoiRequest request, Message message) {
		Authority authority = records.authority(request.authorityCode()).orElseThrow();
		// Only the campaign's own organisation reads a campaign that sends requests, so the reader is the sender.
		return new FoiLetters.Letter(authority.name(), authority.postalAddress(), message.datedOn(), message.subject(),
				message.body(), user.organisation().name());
	}

	private static ResponseEntity<byte[]> pdf(byte[] content, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(content);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
