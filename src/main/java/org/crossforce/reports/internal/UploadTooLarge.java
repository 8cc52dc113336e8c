package org.crossforce.reports.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.crossforce.web.UploadTooLargeFilter;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;

/** An evidence file over the size limit goes back to the journey's evidence page with the reason beside the field. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadTooLarge extends UploadTooLargeFilter {

	@Override
	protected String uploadPage(HttpServletRequest request) {
		return JourneyMode.of(request).path(Question.EVIDENCE.path());
	}

	@Override
	protected void explain(FlashMap flash) {
		String code = "reports.error.fileTooLarge";
		flash.put(Rejection.FLASH, new Rejection(Question.EVIDENCE, "file", new String[] { "journey." + code, code },
				new Object[] { EvidenceTypes.MAX_BYTES / (1024 * 1024) }));
	}

}
