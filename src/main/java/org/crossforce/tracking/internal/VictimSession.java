package org.crossforce.tracking.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one case a signed-in victim's view may reach. It lives only in the HTTP session, set when the right reference
 * and passphrase are given; no page takes a reference, or any other id of a case, from the request.
 */
record VictimSession(String reference) {

	static final String ATTRIBUTE = "crossforce.tracking.reference";

	/**
	 * The victim's case in this session, if it is a victim's session. A session that also holds a staff sign-in is
	 * not one: the two never mix, so the case is forgotten.
	 */
	static VictimSession of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String reference)) {
			return null;
		}
		Authentication staff = SecurityContextHolder.getContext().getAuthentication();
		if (staff != null && staff.isAuthenticated() && !(staff instanceof AnonymousAuthenticationToken)) {
			session.removeAttribute(ATTRIBUTE);
			return null;
		}
		return new VictimSession(reference);
	}

	/** Ends whatever session the request had and starts a new one, with a new id, holding only the case. */
	static void start(HttpServletRequest request, String reference, int idleSeconds) {
		end(request);
		HttpSession session = request.getSession(true);
		session.setMaxInactiveInterval(idleSeconds);
		session.setAttribute(ATTRIBUTE, reference);
	}

	static void end(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

}
