package org.leoprotocol.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every cookie Leo sets on a request that came over HTTPS (directly, or through a proxy Leo trusts) carries the
 * {@code Secure} attribute, whichever part of Leo or of its libraries sets it, so that no cookie ever travels back over
 * plain HTTP (RFC 6265, 4.1.2.5; OWASP Session Management Cheat Sheet).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecureCookieFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.isSecure();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new SecureCookies(response));
	}

	/** The response, with {@code Secure} added to each cookie set through it. */
	private static final class SecureCookies extends HttpServletResponseWrapper {

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
}
