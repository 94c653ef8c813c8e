package org.leoprotocol.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
}
