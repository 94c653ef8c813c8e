package org.leoprotocol.access;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where a CSRF token is kept: in the session of whoever has one (staff, once signed in), otherwise in a cookie
 * ({@value #COOKIE}). A public visitor who reads the portal, files a complaint or registers for an event therefore
 * never makes the server open a session: the token travels as a double-submit cookie and comes back in the form field
 * or the {@value #HEADER} header, and Spring Security compares the two. Another site can neither read the cookie
 * (HttpOnly) nor guess its 122 random bits, and pages carry the token XOR-masked afresh each time (BREACH).
 * <p>
 * A double-submit cookie is weaker than a session token against someone who can plant cookies for the site (a sibling
 * subdomain, or plain HTTP): OWASP's CSRF Prevention Cheat Sheet, "Double Submit Cookie". What it guards here acts for
 * nobody signed in, so a planted token gains an attacker nothing they could not submit themselves; the one exception,
 * login CSRF, is closed by signing in: the cookie is cleared and the session gets a fresh token, so staff tokens stay
 * bound to their session as before.
 */
final class VisitorCsrfTokens implements CsrfTokenRepository {

	static final String COOKIE = "LEO_CSRF";
	static final String HEADER = "X-CSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	VisitorCsrfTokens() {
		cookies.setCookieName(COOKIE);
		cookies.setHeaderName(HEADER);
		cookies.setCookiePath("/");
		cookies.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
		sessions.setHeaderName(HEADER);
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			sessions.saveToken(null, request, response);
			if (carriesCookie(request)) {
				cookies.saveToken(null, request, response);
			}
		}
		else if (hasSession(request)) {
			sessions.saveToken(token, request, response);
		}
		else {
			cookies.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return hasSession(request) ? sessions.loadToken(request) : cookies.loadToken(request);
	}

	private static boolean hasSession(HttpServletRequest request) {
		return request.getSession(false) != null;
	}

	private static boolean carriesCookie(HttpServletRequest request) {
		Cookie[] sent = request.getCookies();
		if (sent != null) {
			for (Cookie cookie : sent) {
				if (COOKIE.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}
}
