package org.crossforce.foi.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.crossforce.foi.internal.FoiRecords.Attachment;
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
 * A file that came with a reply, always as a download: a file from outside is never shown inside the service, and its
 * type is one of a few the service knows, whatever its sender claimed.
 */
@Controller
class AttachmentDownload {

	/** The types replies come in (by the file's extension); anything else downloads as bytes. */
	private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "csv", "text/csv", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "txt", "text/plain", "png",
			"image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg");

	private final FoiRecords records;

	private final FoiAccess access;

	AttachmentDownload(FoiRecords records, FoiAccess access) {
		this.records = records;
		this.access = access;
	}

	@GetMapping("/foi/requests/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		access.readableRequest(user, id);
		Attachment attachment = records.attachments(id)
			.stream()
			.filter(candidate -> candidate.id() == attachmentId)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] content = records.attachmentContent(id, attachmentId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String type = TYPES.containsValue(attachment.contentType()) ? attachment.contentType()
				: MediaType.APPLICATION_OCTET_STREAM_VALUE;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(safeFilename(attachment.filename()), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(type))
			.body(content);
	}

	/** The type kept for a file, from its extension and the allow-list. */
	static String contentTypeOf(String filename) {
		int dot = filename.lastIndexOf('.');
		String extension = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
		return TYPES.getOrDefault(extension, MediaType.APPLICATION_OCTET_STREAM_VALUE);
	}

	/**
	 * The name without any folders some browsers send, control characters or quotes, and at most the 255 characters
	 * kept.
	 */
	static String safeFilename(String original) {
		String name = original.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "file";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

}
