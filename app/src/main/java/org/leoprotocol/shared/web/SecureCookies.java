package org.leoprotocol.shared.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that marks every cookie set through it {@code Secure}, whether set as a cookie or as a raw
 * {@code Set-Cookie} header, so that a browser sends it back only over HTTPS (RFC 6265, 4.1.2.5).
 */
final class SecureCookies extends HttpServletResponseWrapper {

	SecureCookies(HttpServletResponse response) {
		super(response);
	}

	@Override
	public void addCookie(Cookie cookie) {
		cookie.setSecure(true);
		super.addCookie(cookie);
	}

	@Override
	public void addHeader(String name, String value) {
		super.addHeader(name, secured(name, value));
	}

	@Override
	public void setHeader(String name, String value) {
		super.setHeader(name, secured(name, value));
	}

	private static String secured(String name, String value) {
		boolean cookie = "Set-Cookie".equalsIgnoreCase(name) && value != null;
		return cookie && !value.toLowerCase(Locale.ROOT).contains("; secure") ? value + "; Secure" : value;
	}
}
