package org.leoprotocol.access.sso;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code leo.access.local-passwords=false}, the department's provider is the only way in: the password form is
 * refused (back to the sign-in page with the failure message) and so is HTTP Basic (401), before any password is
 * checked. Passkeys are Leo's own credentials too: signing in with one and adding one are refused (401).
 */
class LocalPasswordsOff extends OncePerRequestFilter {

	private final SingleSignOnSettings settings;

	LocalPasswordsOff(SingleSignOnSettings settings) {
		this.settings = settings;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (settings.localPasswords()) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String authorization = request.getHeader("Authorization");
		if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
			response.sendRedirect(request.getContextPath() + "/login?error");
		}
		else if ((authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6))
				|| path.equals("/login/webauthn") || path.startsWith("/webauthn/")) {
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
		}
		else {
			chain.doFilter(request, response);
		}
	}
}
