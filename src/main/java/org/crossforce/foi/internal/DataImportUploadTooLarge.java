package org.crossforce.foi.internal;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.crossforce.web.UploadTooLargeFilter;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;

/** A file over the servlet's size limit on a request's import page goes back to that page with the limit explained. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 12)
class DataImportUploadTooLarge extends UploadTooLargeFilter {

	private static final Pattern IMPORT = Pattern.compile("/foi/requests/\\d{1,18}/data/import");

	@Override
	protected String uploadPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return IMPORT.matcher(path).matches() ? path : null;
	}

	@Override
	protected void explain(FlashMap flash) {
		flash.put(DataImportPage.TOO_LARGE, true);
	}

}
