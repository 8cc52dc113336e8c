package org.crossforce.reports.internal;

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
 * A file over the limit ({@code spring.servlet.multipart.max-file-size}, {@code max-request-size}) makes the servlet
 * container refuse the whole upload, and the first filter that reads a parameter (Spring Security's CSRF check) gets
 * an exception, which would end on an error page. On the evidence page that is an answer to explain beside the
 * field instead: this filter, ahead of the security filters, reads the upload first and, if the container refused it
 * for its size, sends the reporter back to the evidence page with the reason. Nothing is changed by such a request,
 * so answering it before the CSRF check gives nothing away.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadTooLarge extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || request.getContentType() == null
				|| !request.getContentType().toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				|| !path.equals(evidencePage(request));
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
			String code = "reports.error.fileTooLarge";
			flash.put(Rejection.FLASH, new Rejection(Question.EVIDENCE, "file", new String[] { "journey." + code, code },
					new Object[] { EvidenceTypes.MAX_BYTES / (1024 * 1024) }));
			flash.setTargetRequestPath(request.getContextPath() + evidencePage(request));
			new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
			response.sendRedirect(request.getContextPath() + evidencePage(request));
			return;
		}
		chain.doFilter(request, response);
	}

	private static String evidencePage(HttpServletRequest request) {
		return JourneyMode.of(request).path(Question.EVIDENCE.path());
	}

	/** How containers say an upload broke a size limit (Tomcat: FileSizeLimitExceeded, SizeLimitExceeded). */
	static boolean tooLarge(Throwable failure) {
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
