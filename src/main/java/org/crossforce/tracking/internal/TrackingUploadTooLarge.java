package org.crossforce.tracking.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.crossforce.web.UploadTooLargeFilter;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;

/** A file over the size limit on "Add information" goes back to that page with the reason beside the field. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class TrackingUploadTooLarge extends UploadTooLargeFilter {

	@Override
	protected String uploadPage(HttpServletRequest request) {
		return AddInformationPage.PATH;
	}

	@Override
	protected void explain(FlashMap flash) {
		flash.put(AddInformationPage.TOO_LARGE, true);
	}

}
