package org.crossforce.tracking.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A file over the container's limit ({@code spring.servlet.multipart.max-file-size}) makes it refuse the whole
 * upload before any controller sees it; on "Add information" that is a mistake to explain beside the field, as the
 * reporting journey's evidence page does. This filter, ahead of the security filters, reads the upload first and,
 * if it was refused for its size, goes back to the page with the reason. Nothing is changed by such a request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class TrackingUploadTooLarge extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || request.getContentType() == null
				|| !request.getContentType().toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				|| !path.equals(AddInformationPage.PATH);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException | ServletException | IOException failure) {
			if (!tooLarge(failure)) {
				throw failure;
			}
			FlashMap flash = new FlashMap();
			flash.put(AddInformationPage.TOO_LARGE, true);
			flash.setTargetRequestPath(request.getContextPath() + AddInformationPage.PATH);
			new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
			response.sendRedirect(request.getContextPath() + AddInformationPage.PATH);
			return;
		}
		chain.doFilter(request, response);
	}

	/** How containers say an upload broke a size limit (Tomcat: FileSizeLimitExceeded, SizeLimitExceeded). */
	private static boolean tooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
					|| (message.contains("exceed") && (message.contains("size") || message.contains("length")))) {
				return true;
			}
		}
		return false;
	}

}
