package org.crossforce.reports.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file over the limit ({@code spring.servlet.multipart.max-file-size}) is refused by the servlet container before
 * any controller sees it. On the evidence page that is an answer to explain beside the field, not an error page: the
 * reporter is sent back there with the reason. Anywhere else the exception goes on to the usual error handling.
 * <p>
 * This advice names no controllers, because the failure happens before a controller is chosen.
 */
@ControllerAdvice
class UploadTooLarge {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request) {
		String evidence = JourneyMode.of(request).path(Question.EVIDENCE.path());
		if (!request.getRequestURI().substring(request.getContextPath().length()).equals(evidence)) {
			throw exception;
		}
		String code = "reports.error.fileTooLarge";
		RequestContextUtils.getOutputFlashMap(request)
			.put(Rejection.FLASH, new Rejection(Question.EVIDENCE, "file", new String[] { "journey." + code, code },
					new Object[] { EvidenceTypes.MAX_BYTES / (1024 * 1024) }));
		return "redirect:" + evidence;
	}

}
