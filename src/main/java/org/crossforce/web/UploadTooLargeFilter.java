package org.crossforce.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A file over the limit ({@code spring.servlet.multipart.max-file-size}, {@code max-request-size}) makes the servlet
 * container refuse the whole upload, and the first filter that reads a parameter (Spring Security's CSRF check) gets
 * an exception, which would end on an error page. On a page that takes files that is a mistake to explain beside the
 * field instead: a subclass, registered ahead of the security filters, names its page and how to explain; this reads
 * the upload first and, if the container refused it for its size, goes back to the page with the explanation.
 * Nothing is changed by such a request, so answering it before the CSRF check gives nothing away.
 */
public abstract class UploadTooLargeFilter extends OncePerRequestFilter {

	/** The page (path within the application) that takes files in this request, or null if it takes none. */
	protected abstract String uploadPage(HttpServletRequest request);

	/** Puts into the flash what the page needs to explain the refusal. */
	protected abstract void explain(FlashMap flash);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || request.getContentType() == null
				|| !request.getContentType().toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				|| !path.equals(uploadPage(request));
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
			String page = request.getContextPath() + uploadPage(request);
			FlashMap flash = new FlashMap();
			explain(flash);
			flash.setTargetRequestPath(page);
			new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
			response.sendRedirect(page);
			return;
		}
		chain.doFilter(request, response);
	}

	/** How containers say an upload broke a size limit (Tomcat: FileSizeLimitExceeded, SizeLimitExceeded). */
	public static boolean tooLarge(Throwable failure) {
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
