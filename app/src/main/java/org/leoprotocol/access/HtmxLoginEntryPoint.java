package org.leoprotocol.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * When a session has expired, an htmx request must not swap the login page into a fragment of the old page: it gets 401
 * and an {@code HX-Redirect} that sends the whole window to the login form.
 */
class HtmxLoginEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) {
		response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
	}
}
